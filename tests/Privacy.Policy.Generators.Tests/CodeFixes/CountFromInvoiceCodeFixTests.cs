using System.Threading.Tasks;
using Privacy.Policy.CodeFixes;
using Privacy.Policy.Generators.Analyzers;
using Xunit;

namespace Privacy.Policy.Generators.Tests.CodeFixes;

public class CountFromInvoiceCodeFixTests
{
    private const string Head = """
        using NodaTime;
        using Privacy.Policy;
        public partial class Call
        {
            [RetentionAnchor] public Instant Start { get; init; }

            [NotPersonalData] public System.DateTimeOffset Answered { get; init; }

            [NotPersonalData] public LocalDate? InvoicedOn { get; init; }

        """;

    [Fact]
    public Task A_retention_counted_from_the_call_becomes_RetentionFrom_the_invoice_in_its_place()
        => Verify.CodeFixAsync<TelecomAnalyzer, CountFromInvoiceCodeFixProvider>(Head + """
                [PersonalData(Category.Usage, {|PRIV025:Retention = "P7Y"|}, Purposes = Purpose.Billing,
                              Format = DataFormat.PhoneNumber)]
                public string CalledNumber { get; init; } = "";
            }
            """, Head + """
                [PersonalData(Category.Usage, RetentionFrom = nameof(InvoicedOn), Purposes = Purpose.Billing,
                              Format = DataFormat.PhoneNumber)]
                public string CalledNumber { get; init; } = "";
            }
            """, CountFromInvoiceCodeFixProvider.EquivalenceKeyPrefix + "InvoicedOn");

    [Fact]
    public Task Without_a_retention_RetentionFrom_is_added_and_any_date_member_may_be_chosen()
        => Verify.CodeFixAsync<TelecomAnalyzer, CountFromInvoiceCodeFixProvider>(Head + """
                [{|PRIV025:PersonalData(Category.Usage, Purposes = Purpose.Billing)|}]
                public long Bytes { get; init; }
            }
            """, Head + """
                [PersonalData(Category.Usage, Purposes = Purpose.Billing, RetentionFrom = nameof(Answered))]
                public long Bytes { get; init; }
            }
            """, CountFromInvoiceCodeFixProvider.EquivalenceKeyPrefix + "Answered");

    [Fact]
    public Task Traffic_data_kept_for_bookkeeping_is_left_to_the_developer()
    {
        string source = Head + """
                [PersonalData(Category.Usage, Retention = "P7Y", {|PRIV025:Purposes = Purpose.Billing | Purpose.Bookkeeping|})]
                public string CalledNumber { get; init; } = "";
            }
            """;
        return Verify.CodeFixAsync<TelecomAnalyzer, CountFromInvoiceCodeFixProvider>(source, source, equivalenceKey: null, iterations: 0);
    }
}
