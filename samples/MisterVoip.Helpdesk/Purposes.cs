using Privacy.Policy;

// The helpdesk's purposes, declared exactly as samples/MisterVoip declares them (Purposes.cs there): the company has
// one statement, so a purpose rests on one basis in every service. privacy-policy merge fails when they drift apart.
[assembly: ProcessingPurpose(Purpose.ServiceDelivery, LegalBasis.Contract, Requirement = ProvisionRequirement.Contractual,
    Dutch = "Transport van telefoon- en internetverkeer", English = "Carrying calls and internet traffic")]
[assembly: ProcessingPurpose(Purpose.Support, LegalBasis.Contract,
    Dutch = "Reparatie en ondersteuning", English = "Repairs and support")]
