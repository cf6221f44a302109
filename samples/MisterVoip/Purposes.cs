using Privacy.Policy;

// The provider's purposes as its statement and the law give them. The built-in purposes are the seed provider's own,
// so most of these restate them; declaring them here says in one place, for every service of the company, what each
// rests on and whether the customer must provide the data (GDPR art. 13(1)(c), 13(1)(d), 13(2)(e)).

// Carrying calls and traffic is the contract itself: without the data there is no service.
[assembly: ProcessingPurpose(Purpose.ServiceDelivery, LegalBasis.Contract, Requirement = ProvisionRequirement.Contractual,
    Dutch = "Transport van telefoon- en internetverkeer", English = "Carrying calls and internet traffic")]
[assembly: ProcessingPurpose(Purpose.Billing, LegalBasis.Contract, Requirement = ProvisionRequirement.Contractual,
    Dutch = "Facturatie", English = "Billing")]
[assembly: ProcessingPurpose(Purpose.CustomerPortal, LegalBasis.Contract,
    Dutch = "Online inzage in uw verbruik en instellingen", English = "The online portal for your usage and settings")]

// "Voor onze boekhouding is dit de wettelijke bewaartermijn van zeven jaar ten behoeve van de belastingdienst":
// AWR art. 52 and BW 2:10 require the records, so the data is a statutory requirement.
[assembly: ProcessingPurpose(Purpose.Bookkeeping, LegalBasis.LegalObligation, Requirement = ProvisionRequirement.Statutory,
    Dutch = "Boekhouding (wettelijke bewaarplicht)", English = "Bookkeeping (statutory retention)")]

// "Persoonsgegevens voor personificatie van marketing en/of aanbiedingen": personalised offers built from a profile
// need consent (AVG art. 6(1)(a); Tw art. 11.5 for traffic data, 11.7 for e-mail). The seed describes no
// soft opt-in to existing customers (Tw art. 11.7(3), legitimate interest), so none is declared: a consent record
// decides.
[assembly: ProcessingPurpose(Purpose.Marketing, LegalBasis.Consent,
    Dutch = "Gepersonaliseerde marketing en aanbiedingen", English = "Personalised marketing and offers")]

[assembly: ProcessingPurpose(Purpose.ServiceNotifications, LegalBasis.Contract, Requirement = ProvisionRequirement.Contractual,
    Dutch = "Informeren bij storingen en wijzigingen", English = "Notices of outages and changes")]
[assembly: ProcessingPurpose(Purpose.Support, LegalBasis.Contract,
    Dutch = "Reparatie en ondersteuning", English = "Repairs and support")]
[assembly: ProcessingPurpose(Purpose.Shipping, LegalBasis.Contract,
    Dutch = "Levering van pakketten", English = "Parcel delivery")]

// "Als u het idee hebt dat ... er aanwijzingen zijn van misbruik": abuse handling rests on the provider's own
// interest, not on the contract, and the statement must say which interest (AVG art. 6(1)(f), 13(1)(d); network
// and information security is such an interest, AVG recital 49).
[assembly: ProcessingPurpose(Purpose.Security, LegalBasis.LegitimateInterest,
    Interest = "Misbruik van ons netwerk en van uw aansluiting opsporen en tegengaan, en uw gegevens beveiligen (AVG overweging 49)",
    EnglishInterest = "Detecting and stopping abuse of our network and of your connection, and keeping your data secure (GDPR recital 49)",
    Dutch = "Voorkomen van fraude en misbruik", English = "Preventing fraud and abuse")]
