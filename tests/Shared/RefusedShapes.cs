using System.Collections.Generic;

namespace Privacy.Policy.Testing;

/// <summary>
/// The shapes of issue 12's matrix that are refused at build time instead of generated for: each is compiled with the
/// generator and the analyzers (Privacy.Policy.Generators.Tests) and must be an error naming the member, never a
/// build broken inside generated code; the coverage test (Privacy.Policy.Tests) counts them as covered.
/// </summary>
internal static class RefusedShapes
{
    /// <summary>A refused shape: the source, the diagnostic and the type and member it must name.</summary>
    /// <param name="Name">The shape, as the coverage test names it.</param>
    /// <param name="Id">The diagnostic that refuses it.</param>
    /// <param name="Type">The type the diagnostic names.</param>
    /// <param name="Member">The member the diagnostic names (and its location's text ends with).</param>
    /// <param name="Source">A consumer's source holding the shape.</param>
    internal sealed record RefusedShape(string Name, string Id, string Type, string Member, string Source);

    public static readonly IReadOnlyList<RefusedShape> All =
    [
        new(
            "new-hiding property (class)",
            "PRIV017",
            "Customer",
            "Email",
            """
            using Privacy.Policy;
            public partial class Person
            {
                [PersonalData(Category.Contact, Purposes = Purpose.Support)]
                public string? Email { get; set; }
            }

            public partial class Customer : Person
            {
                [PersonalData(Category.Contact, Purposes = Purpose.Support)]
                public new string? Email { get; set; }
            }
            """),
        new(
            "new-hiding property (record)",
            "PRIV017",
            "BusinessContact",
            "Email",
            """
            using Privacy.Policy;
            public partial record Contact
            {
                [PersonalData(Category.Contact, Purposes = Purpose.Support)]
                public string? Email { get; init; }
            }

            public sealed partial record BusinessContact : Contact
            {
                [PersonalData(Category.Contact, Purposes = Purpose.Support)]
                public new string? Email { get; init; }
            }
            """),
        new(
            "explicit interface property (class, with a derived type)",
            "PRIV017",
            "Account",
            "IHasEmail.Email",
            """
            using Privacy.Policy;
            public interface IHasEmail
            {
                string Email { get; set; }
            }

            public partial class Account : IHasEmail
            {
                [PersonalData(Category.Contact, Purposes = Purpose.Support)]
                string IHasEmail.Email { get; set; } = "";

                [PersonalData(Category.Payment, Purposes = Purpose.Billing)]
                public string? Iban { get; set; }
            }

            public sealed partial class PremiumAccount : Account
            {
                [PersonalData(Category.Contact, Purposes = Purpose.Support)]
                public string? Phone { get; set; }
            }
            """),
        new(
            "explicit interface property (record)",
            "PRIV017",
            "Subscriber",
            "IHasEmail.Email",
            """
            using Privacy.Policy;
            public interface IHasEmail
            {
                string Email { get; init; }
            }

            public sealed partial record Subscriber : IHasEmail
            {
                [PersonalData(Category.Contact, Purposes = Purpose.Support)]
                string IHasEmail.Email { get; init; } = "";

                [PersonalData(Category.Payment, Purposes = Purpose.Billing)]
                public string? Iban { get; init; }
            }
            """),
        new(
            "primary-constructor parameter captured by a method",
            "PRIV017",
            "Contact",
            "email",
            """
            using Privacy.Policy;
            public sealed partial class Contact(string email, string iban)
            {
                [PersonalData(Category.Payment, Purposes = Purpose.Billing)]
                public string Iban { get; set; } = iban;

                public string MailTo() => "mailto:" + email;
            }
            """),
        new(
            "primary-constructor parameter captured by a lambda",
            "PRIV017",
            "Contact",
            "email",
            """
            using Privacy.Policy;
            public sealed partial class Contact(string email, string iban)
            {
                [PersonalData(Category.Payment, Purposes = Purpose.Billing)]
                public string Iban { get; set; } = iban;

                public System.Func<string> MailTo() => () => email;
            }
            """),
        new(
            "open [NotPersonalData] property the copy cannot set (class)",
            "PRIV019",
            "Ticket",
            "Payload",
            """
            using Privacy.Policy;
            public partial class Ticket(object? payload)
            {
                [PersonalData(Category.Correspondence, Purposes = Purpose.Support, Format = DataFormat.FreeText)]
                public string? Text { get; set; }

                [NotPersonalData("Whatever the caller attached.")]
                public object? Payload { get; } = payload;
            }
            """),
        new(
            "open [NotPersonalData] readonly field (record)",
            "PRIV019",
            "Ticket",
            "Payload",
            """
            using Privacy.Policy;
            public interface IAttachment { }

            public partial record Ticket
            {
                [PersonalData(Category.Correspondence, Purposes = Purpose.Support, Format = DataFormat.FreeText)]
                public string? Text { get; init; }

                [NotPersonalData("Whatever the caller attached.")]
                public readonly IAttachment? Payload;
            }
            """),
        new(
            "open [NotPersonalData] collection not copied element by element",
            "PRIV019",
            "Ticket",
            "Attachments",
            """
            using System.Collections.Generic;
            using Privacy.Policy;
            public sealed partial class Ticket
            {
                [PersonalData(Category.Correspondence, Purposes = Purpose.Support, Format = DataFormat.FreeText)]
                public string? Text { get; set; }

                [NotPersonalData("Whatever the caller attached.")]
                public HashSet<object> Attachments { get; set; } = new();
            }
            """),
    ];
}
