using NodaTime;
using Privacy.Policy.Disclosure;
using Xunit;

namespace Privacy.Policy.Tests.Disclosure;

/// <summary>Each refusal of a disclosure for a declared purpose, on its own: unknown recipient, undeclared purpose, no processing agreement.</summary>
public sealed class RecipientRefusalsTests
{
    private static readonly LocalDate Today = new(2026, 6, 1);

    private static readonly RecipientDeclaration Carrier = new("PostNL", RecipientRole.Processor, Purpose.Shipping | Purpose.ServiceDelivery)
    {
        ProcessingAgreementUntil = Today,
    };

    private static readonly RecipientDeclaration Auditor = new("Accountant BV", RecipientRole.IndependentController, Purpose.Bookkeeping);

    [Fact]
    public void A_recipient_is_found_by_its_name_without_regard_to_case()
    {
        RecipientDeclaration[] recipients = [Auditor, Carrier];

        Assert.Same(Carrier, RecipientRefusals.Find(recipients, "postnl"));
        Assert.Null(RecipientRefusals.Find(recipients, "PostNL Pakketten"));
    }

    [Fact]
    public void An_undeclared_recipient_is_refused()
        => Assert.Equal(DisclosureRefusal.UnknownRecipient, RecipientRefusals.Check(null, Purpose.Shipping, Today));

    [Fact]
    public void A_recipient_not_declared_for_the_purpose_is_refused()
        => Assert.Equal(DisclosureRefusal.PurposeNotDeclared, RecipientRefusals.Check(Carrier, Purpose.Marketing, Today));

    [Fact]
    public void A_processor_is_refused_from_the_day_after_its_agreement_ends()
    {
        Assert.Null(RecipientRefusals.Check(Carrier, Purpose.Shipping, Today));
        Assert.Equal(DisclosureRefusal.NoProcessingAgreement, RecipientRefusals.Check(Carrier, Purpose.Shipping, Today.PlusDays(1)));
    }

    [Fact]
    public void A_processor_without_an_agreement_is_refused()
    {
        var unsigned = new RecipientDeclaration("Reparatiedienst BV", RecipientRole.Processor, Purpose.ServiceDelivery);

        Assert.Equal(DisclosureRefusal.NoProcessingAgreement, RecipientRefusals.Check(unsigned, Purpose.ServiceDelivery, Today));
    }

    [Fact]
    public void An_independent_controller_needs_no_processing_agreement()
        => Assert.Null(RecipientRefusals.Check(Auditor, Purpose.Bookkeeping, Today.PlusYears(10)));

    [Fact]
    public void An_undeclared_purpose_is_refused_before_the_agreement_is_looked_at()
        => Assert.Equal(DisclosureRefusal.PurposeNotDeclared, RecipientRefusals.Check(Carrier, Purpose.Marketing, Today.PlusDays(1)));

    [Fact]
    public void The_messages_name_the_recipient_the_purpose_and_the_agreement()
    {
        Assert.Equal(
            "Disclosure to 'Unknown BV' for Shipping refused: no such recipient is declared in PrivacyPolicyOptions.Recipients.",
            RecipientRefusals.Explain(DisclosureRefusal.UnknownRecipient, "Unknown BV", null, Purpose.Shipping));
        Assert.Equal(
            "Disclosure to 'PostNL' for Marketing refused: it is declared for ServiceDelivery, Shipping only.",
            RecipientRefusals.Explain(DisclosureRefusal.PurposeNotDeclared, "postnl", Carrier, Purpose.Marketing));
        Assert.Equal(
            "Disclosure to 'PostNL' for Shipping refused: it is a processor and its processing agreement ran until 2026-06-01.",
            RecipientRefusals.Explain(DisclosureRefusal.NoProcessingAgreement, "PostNL", Carrier, Purpose.Shipping));
    }
}
