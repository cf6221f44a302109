using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Privacy.Policy.Generators.Classification;

namespace Privacy.Policy.Generators.Analyzers;

/// <summary>
/// PRIV027: a member that rests on consent alone, of a type whose <c>[ConsentRecord]</c> records that consent, and counts
/// its retention from a member of its own (<c>RetentionFrom</c>: the instant the consent was withdrawn), keeps its data
/// at most 30 days after it (GDPR art. 7(3), 17(1)(b): erasure without undue delay). The runtime's
/// <c>ConsentWithdrawal</c> step honours a period from the withdrawal only up to that bound and erases a member with a
/// longer one at once; this rule says so at build time, where the declaration is written, instead of letting the
/// declared period go unheeded.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ConsentWithdrawalAnalyzer : PrivacyAnalyzer
{
    /// <summary>The longest period after a withdrawal, as the runtime's <c>ConsentWithdrawal.LongestAfterWithdrawal</c>.</summary>
    internal const double LongestAfterWithdrawalSeconds = 30 * 86_400d;

    private const string PurposesProperty = "Purposes";
    private const string LegalBasisProperty = "LegalBasis";

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.KeptTooLongAfterWithdrawal);

    /// <inheritdoc />
    private protected override void OnCompilationStart(CompilationStartAnalysisContext context, PrivacySymbols symbols)
    {
        var table = PurposeTable.From(context.Compilation, context.CancellationToken);
        context.RegisterSymbolAction(symbolContext => AnalyzeMember(symbolContext, symbols, table), SymbolKind.Field, SymbolKind.Property);
    }

    private static void AnalyzeMember(SymbolAnalysisContext context, PrivacySymbols symbols, PurposeTable table)
    {
        ISymbol member = context.Symbol;
        if (member.IsStatic || !DataMembers.IsCandidate(member.ContainingType))
        {
            return;
        }

        MemberAttributes attributes = symbols.Read(member);
        if (attributes.PersonalData is not { } personalData
            || attributes.NamedArgument(WellKnownNames.RetentionFromProperty).Value is not string from
            || attributes.NamedArgument(WellKnownNames.RetentionProperty).Value is not string retention)
        {
            return; // not counted from a member of its own, or no period of its own (a category default is the options')
        }

        int purposes = attributes.NamedArgument(PurposesProperty).Value is int value ? value : 0;
        int consent = PurposeAnalyzer.ConsentBased(purposes, attributes.NamedArgument(LegalBasisProperty).Value as int? ?? 0, table);
        if (purposes == 0 || consent != purposes)
        {
            return; // another basis (a contract, a legal obligation) keeps it for its period, withdrawal or not
        }

        // Without a [ConsentRecord] for its purposes nothing says consent was withdrawn (PRIV012 reports that), so
        // RetentionFrom names some other moment.
        if ((consent & ~PurposeAnalyzer.ConsentRecorded(member.ContainingType, symbols)) != 0
            || Excess(retention) is not { } excess)
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(
            DiagnosticDescriptors.KeptTooLongAfterWithdrawal,
            AttributeLocations.Of(personalData, WellKnownNames.RetentionProperty, member, context.CancellationToken),
            member.ContainingType.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat),
            member.Name,
            retention,
            from,
            excess));
    }

    /// <summary>
    /// Why <paramref name="retention"/> cannot be honoured after a withdrawal, as the runtime's
    /// <c>ConsentWithdrawal.CountsFromWithdrawal</c> decides: it counts years or months (whose length depends on the
    /// calendar), or is longer than 30 days of 24 hours; <see langword="null"/> when it fits, or is no valid period
    /// (PRIV002's).
    /// </summary>
    internal static string? Excess(string retention)
    {
        if (NominalPeriod.Seconds(retention) is not { } seconds)
        {
            return null;
        }

        if (HasCalendarUnits(retention))
        {
            return "counts in years or months";
        }

        return seconds > LongestAfterWithdrawalSeconds ? "is longer than 30 days" : null;
    }

    /// <summary>Whether the date part of a valid period has a year or month unit above zero ("P0Y30D" has none).</summary>
    private static bool HasCalendarUnits(string period)
    {
        int start = 1;
        for (int position = 1; position < period.Length && period[position] != 'T'; position++)
        {
            char c = period[position];
            if (c is (>= '0' and <= '9') or '-')
            {
                continue;
            }

            if (c is 'Y' or 'M' && period.Substring(start, position - start).Trim('-').TrimStart('0').Length > 0)
            {
                return true;
            }

            start = position + 1;
        }

        return false;
    }
}
