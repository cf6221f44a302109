using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Privacy.Policy.Generators.Classification;
using Privacy.Policy.Generators.Semantics;
using Privacy.Policy.Generators.Vocabulary;

namespace Privacy.Policy.Generators.Analyzers;

/// <summary>
/// The Telecommunicatiewet's rules for traffic and location data (see <see cref="TrafficData"/> for what counts as
/// traffic data). PRIV024 (art. 11.5(1)): traffic data processed only to carry the communication has a retention of
/// at most <see cref="CarryingBound"/>. PRIV025 (art. 11.5(2)): traffic data is not kept for Bookkeeping, and traffic
/// data kept for Billing counts from the invoice. PRIV026 (art. 11.5a): location data other than traffic data, or
/// processed for more than carrying and billing the communication, rests on recorded consent.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class TelecomAnalyzer : PrivacyAnalyzer
{
    /// <summary>
    /// The longest retention of traffic data processed only to carry the communication: a day, counted from the
    /// record's anchor (the communication's start, usually) at the moment itself or the end of its day. Art. 11.5(1)
    /// names no number of hours; a day covers the longest ordinary call or session and handing the record to billing,
    /// and anything longer is keeping the data, not carrying it.
    /// </summary>
    internal const string CarryingBound = "P1D";

    /// <summary>
    /// The default of <c>PrivacyPolicyOptions.BillDisputeWindow</c>. The build cannot see the options, so a billing
    /// retention no longer than the default window is taken to fit it.
    /// </summary>
    internal const string DefaultBillDisputeWindow = "P2Y";

    private const string PurposesProperty = "Purposes";
    private const string RetentionFromProperty = "RetentionFrom";
    private const string RetentionFromStartProperty = "RetentionFromStart";
    private const string AnchorStartProperty = "Start";
    private const string ConsentRecordAttribute = "Privacy.Policy.ConsentRecordAttribute";

    /// <summary>The purposes art. 11.5 lets keep traffic data past the communication (consent-based ones aside).</summary>
    private const int KeepingPurposes = (int)(Purpose.Billing | Purpose.Bookkeeping);

    /// <summary>
    /// The property that tells the code fix a billing member counts from the communication, so that naming the invoice's
    /// date with <c>RetentionFrom</c> (and dropping <c>Retention</c>) fixes it.
    /// </summary>
    internal const string CountFromInvoiceProperty = "CountFromInvoice";

    private static readonly ImmutableDictionary<string, string?> CountFromInvoiceFixable =
        ImmutableDictionary<string, string?>.Empty.Add(CountFromInvoiceProperty, "true");

    private static readonly double CarryingBoundSeconds = NominalPeriod.Seconds(CarryingBound)!.Value;
    private static readonly double BillDisputeWindowSeconds = NominalPeriod.Seconds(DefaultBillDisputeWindow)!.Value;

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.TrafficDataOutlivesCommunication,
        DiagnosticDescriptors.TrafficDataForBookkeeping,
        DiagnosticDescriptors.BillingTrafficNotFromInvoice,
        DiagnosticDescriptors.LocationWithoutConsent);

    /// <inheritdoc />
    private protected override void OnCompilationStart(CompilationStartAnalysisContext context, PrivacySymbols symbols)
    {
        // The Telecommunicatiewet's chapter 11 binds providers of public electronic communications networks and services
        // (art. 11.1): a project says it is one with <PrivacyPolicyTelecommunications>true</...>. Elsewhere "usage" is
        // an app's usage, not traffic data, and these rules would misstate the law.
        if (!context.Options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue(WellKnownNames.TelecommunicationsProperty, out string? telecom)
            || !string.Equals(telecom?.Trim(), "true", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        INamedTypeSymbol? consentRecord = context.Compilation.GetTypeByMetadataName(ConsentRecordAttribute);
        var records = new ConcurrentDictionary<ITypeSymbol, bool>(SymbolEqualityComparer.Default);
        var table = PurposeTable.From(context.Compilation, context.CancellationToken);
        context.RegisterSymbolAction(symbolContext => AnalyzeMember(symbolContext, symbols, consentRecord, records, table), SymbolKind.Field, SymbolKind.Property);
    }

    private static void AnalyzeMember(SymbolAnalysisContext context, PrivacySymbols symbols, INamedTypeSymbol? consentRecord, ConcurrentDictionary<ITypeSymbol, bool> records, PurposeTable table)
    {
        ISymbol member = context.Symbol;
        if (member.IsStatic || !DataMembers.IsCandidate(member.ContainingType))
        {
            return;
        }

        MemberAttributes attributes = symbols.Read(member);
        if (attributes.PersonalData is not { } personalData || !TrafficData.MayBe(attributes))
        {
            return;
        }

        int purposes = attributes.NamedArgument(PurposesProperty).Value is int value ? value : 0;
        bool traffic = TrafficData.Is(member, attributes, symbols, records);
        if (traffic)
        {
            AnalyzeRetention(context, symbols, member, attributes, personalData, purposes, table);
        }

        if ((Category)attributes.CategoryValue == Category.Location && !PersonalDataTypes.HoldsOwnPersonalData(DataMembers.TypeOf(member), symbols))
        {
            AnalyzeLocation(context, member, attributes, personalData, purposes, traffic, consentRecord, table);
        }
    }

    /// <summary>PRIV024 and PRIV025 on a traffic-data member.</summary>
    private static void AnalyzeRetention(SymbolAnalysisContext context, PrivacySymbols symbols, ISymbol member, MemberAttributes attributes, AttributeData personalData, int purposes, PurposeTable table)
    {
        string type = member.ContainingType.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat);
        string? retention = attributes.NamedArgument(WellKnownNames.RetentionProperty).Value as string;
        string? retentionFrom = attributes.NamedArgument(RetentionFromProperty).Value as string;
        bool fromInvoice = !string.IsNullOrWhiteSpace(retentionFrom);

        if ((purposes & (int)Purpose.Bookkeeping) != 0)
        {
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.TrafficDataForBookkeeping,
                AttributeLocations.Of(personalData, PurposesProperty, member, context.CancellationToken),
                type,
                member.Name));
            return;
        }

        if (retention is null && (attributes.IsRetentionAnchor || attributes.IsDataSubject))
        {
            // An anchor or subject id without a retention of its own goes with the record (PRIV015 says when that is never).
            return;
        }

        if ((purposes & (int)Purpose.Billing) != 0)
        {
            // From the invoice without a Retention: the options' BillDisputeWindow, as the rule wants. Without either:
            // the category's default, counted from the communication. Not a valid period: PRIV002's. Within the default
            // dispute window: fits, from the invoice or from the communication before it.
            // A record without an anchor counts nothing from the communication: it is kept whole (PRIV011, PRIV015).
            double? length = NominalPeriod.Seconds(retention);
            if ((retention is null && (fromInvoice || !HasAnchor(symbols, member)))
                || (retention is not null && (length is null || length <= BillDisputeWindowSeconds)))
            {
                return;
            }

            string kept = fromInvoice
                ? $"for \"{retention}\" from '{retentionFrom}'"
                : retention is null ? "for its category's default, counted from the communication" : $"for \"{retention}\", counted from the communication";
            string fix = fromInvoice
                ? $"leave Retention out so that PrivacyPolicyOptions.BillDisputeWindow applies, or keep it within {DefaultBillDisputeWindow}"
                : "set RetentionFrom = nameof(<the invoice's date>) and leave Retention out, so that PrivacyPolicyOptions.BillDisputeWindow applies from the invoice";
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.BillingTrafficNotFromInvoice,
                AttributeLocations.Of(personalData, WellKnownNames.RetentionProperty, member, context.CancellationToken),
                fromInvoice ? null : CountFromInvoiceFixable,
                type,
                member.Name,
                kept,
                fix));
            return;
        }

        if ((purposes & (int)Purpose.ServiceDelivery) == 0 || (purposes & KeepingPurposes) != 0 || ConsentBasis.ConsentBased(purposes, attributes, table) != 0)
        {
            return;
        }

        string? problem = CarryingProblem(symbols, member, attributes, retention, retentionFrom);
        if (problem is null)
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(
            DiagnosticDescriptors.TrafficDataOutlivesCommunication,
            AttributeLocations.Of(personalData, WellKnownNames.RetentionProperty, member, context.CancellationToken),
            type,
            member.Name,
            PurposeNames(purposes),
            problem));
    }

    /// <summary>What makes a carrying-only member outlive the communication, or <see langword="null"/> when nothing does.</summary>
    private static string? CarryingProblem(PrivacySymbols symbols, ISymbol member, MemberAttributes attributes, string? retention, string? retentionFrom)
    {
        if (retention is null)
        {
            return $"it has no Retention, so its category's default applies; give it Retention = \"{CarryingBound}\" or shorter";
        }

        double? length = NominalPeriod.Seconds(retention);
        if (length is null)
        {
            return null; // PRIV002's
        }

        if (length > CarryingBoundSeconds)
        {
            return $"its Retention \"{retention}\" is longer than {CarryingBound}; give it \"{CarryingBound}\" or shorter";
        }

        (string? from, int start) = StartOf(symbols, member, attributes, retentionFrom);
        return start > (int)RetentionStart.EndOfDay
            ? $"its Retention counts from the end of the {(start == (int)RetentionStart.EndOfMonth ? "month" : "year")} of '{from}'; count it from the communication, or the end of its day"
            : null;
    }

    private static bool HasAnchor(PrivacySymbols symbols, ISymbol member)
        => DataMembers.FirstInstanceMember(member.ContainingType, symbols, static a => a.IsRetentionAnchor, includeBaseTypes: true) is not null;

    /// <summary>The member retention counts from and where it starts: the RetentionFrom member, else the record's anchor.</summary>
    private static (string? Member, int Start) StartOf(PrivacySymbols symbols, ISymbol member, MemberAttributes attributes, string? retentionFrom)
    {
        if (!string.IsNullOrWhiteSpace(retentionFrom))
        {
            return (retentionFrom, attributes.NamedArgument(RetentionFromStartProperty).Value is int fromStart ? fromStart : 0);
        }

        if (DataMembers.FirstInstanceMember(member.ContainingType, symbols, static a => a.IsRetentionAnchor, includeBaseTypes: true) is not { } anchor)
        {
            return (null, 0); // PRIV011's
        }

        foreach (AttributeData attribute in anchor.GetAttributes())
        {
            if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, symbols.RetentionAnchor))
            {
                foreach (System.Collections.Generic.KeyValuePair<string, TypedConstant> argument in attribute.NamedArguments)
                {
                    if (argument.Key == AnchorStartProperty && argument.Value.Value is int start)
                    {
                        return (anchor.Name, start);
                    }
                }
            }
        }

        return (anchor.Name, 0);
    }

    /// <summary>PRIV026 on a Location member.</summary>
    private static void AnalyzeLocation(SymbolAnalysisContext context, ISymbol member, MemberAttributes attributes, AttributeData personalData, int purposes, bool traffic, INamedTypeSymbol? consentRecord, PurposeTable table)
    {
        // On a communication record, carrying and billing the communication is traffic data's own use (art. 11.5);
        // Bookkeeping there is PRIV025's.
        int rest = purposes & ~(traffic ? (int)(Purpose.ServiceDelivery | Purpose.Billing | Purpose.Bookkeeping) : 0);
        if (rest == 0)
        {
            return; // no purpose at all is PRIV013's
        }

        string type = member.ContainingType.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat);
        string what = traffic
            ? "processed beyond carrying and billing the communication"
            : $"other than traffic data ('{type}' holds no Usage data of its own)";
        int consentBased = ConsentBasis.ConsentBased(rest, attributes, table);
        int notConsent = rest & ~consentBased;
        string? detail = null;
        if (notConsent != 0)
        {
            detail = $"{what}, for {PurposeNames(notConsent)}, which does not rest on consent";
        }
        else if ((consentBased & ~RecordedConsent(member.ContainingType, consentRecord)) is var unrecorded and not 0)
        {
            detail = $"{what}, for {PurposeNames(unrecorded)} on consent, but '{type}' has no [ConsentRecord] for it";
        }

        if (detail is null)
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(
            DiagnosticDescriptors.LocationWithoutConsent,
            AttributeLocations.Of(personalData, PurposesProperty, member, context.CancellationToken),
            type,
            member.Name,
            detail));
    }

    /// <summary>The purposes the <c>[ConsentRecord]</c> members of <paramref name="type"/> and its base types cover.</summary>
    private static int RecordedConsent(INamedTypeSymbol? type, INamedTypeSymbol? consentRecord)
    {
        if (consentRecord is null)
        {
            return 0;
        }

        int recorded = 0;
        for (; type is not null && type.SpecialType is not (SpecialType.System_Object or SpecialType.System_ValueType); type = type.BaseType)
        {
            foreach (ISymbol member in type.GetMembers())
            {
                if (member.IsStatic || member.Kind is not (SymbolKind.Field or SymbolKind.Property))
                {
                    continue;
                }

                foreach (AttributeData attribute in member.GetAttributes())
                {
                    if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, consentRecord)
                        && attribute.ConstructorArguments.Length > 0
                        && attribute.ConstructorArguments[0].Value is int covered)
                    {
                        recorded |= covered;
                    }
                }
            }
        }

        return recorded;
    }

    private static string PurposeNames(int purposes) => ((Purpose)purposes).ToString().Replace(", ", " | ");
}
