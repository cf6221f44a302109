using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Privacy.Policy.Generators.Classification;
using Privacy.Policy.Generators.Vocabulary;

namespace Privacy.Policy.Generators.Analyzers;

/// <summary>
/// PRIV002: every <c>Retention</c> is a positive ISO-8601 period. PRIV011: a type whose members have a retention has a
/// <c>[RetentionAnchor]</c> to count it from. PRIV014: an anchor, or a <c>[RetentionMoment]</c>, names its moment for the
/// statement in both languages or in neither. PRIV015: in a type with a <c>[RetentionAnchor]</c>, a personal-data member without a retention keeps
/// every record for ever. PRIV023: a <c>RetentionFrom</c> names a date or time member of the type.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class RetentionAnalyzer : PrivacyAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.InvalidRetention, DiagnosticDescriptors.RetentionWithoutAnchor, DiagnosticDescriptors.AnchorTextInOneLanguage, DiagnosticDescriptors.NeverDeleted, DiagnosticDescriptors.InvalidRetentionFrom);

    /// <inheritdoc />
    private protected override void OnCompilationStart(CompilationStartAnalysisContext context, PrivacySymbols symbols)
    {
        context.RegisterSymbolAction(symbolContext => AnalyzeMember(symbolContext, symbols), SymbolKind.Field, SymbolKind.Property);
        context.RegisterSymbolAction(symbolContext => AnalyzeType(symbolContext, symbols), SymbolKind.NamedType);
    }

    private static void AnalyzeType(SymbolAnalysisContext context, PrivacySymbols symbols)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        AnalyzeLifetime(context, symbols, type);
        if (!DataMembers.IsCandidate(type)
            || DataMembers.FirstInstanceMember(type, symbols, static attributes => !attributes.NamedArgument(WellKnownNames.RetentionProperty).IsNull, includeBaseTypes: false) is not { } member
            || DataMembers.FirstInstanceMember(type, symbols, static attributes => attributes.IsRetentionAnchor, includeBaseTypes: true) is not null)
        {
            return;
        }

        MemberAttributes attributes = symbols.Read(member);
        context.ReportDiagnostic(Diagnostic.Create(
            DiagnosticDescriptors.RetentionWithoutAnchor,
            AttributeLocations.Of(attributes.PersonalData!, WellKnownNames.RetentionProperty, member, context.CancellationToken),
            type.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat),
            member.Name));
    }

    /// <summary>
    /// PRIV015, as <c>EvaluateRetention</c> decides at run time: a record is deleted when every personal-data member has
    /// run out, and a subject id or anchor without a retention follows the longest-lived member. The build knows no
    /// category defaults (they are set in options), so a member without a <c>Retention</c> counts as never running out.
    /// Only types with an anchor are swept; PRIV011 covers retention without one.
    /// </summary>
    private static void AnalyzeLifetime(SymbolAnalysisContext context, PrivacySymbols symbols, INamedTypeSymbol type)
    {
        if (!DataMembers.IsCandidate(type)
            || DataMembers.FirstInstanceMember(type, symbols, static attributes => attributes.IsRetentionAnchor, includeBaseTypes: true) is null)
        {
            return;
        }

        bool anyRetention = false;
        bool anyKeeper = false;
        var reported = new System.Collections.Generic.List<(ISymbol Member, MemberAttributes Attributes, bool Follows)>();
        for (INamedTypeSymbol? current = type; current is not null && current.SpecialType is not (SpecialType.System_Object or SpecialType.System_ValueType); current = current.BaseType)
        {
            foreach (ISymbol member in DataMembers.Of(current))
            {
                MemberAttributes attributes = symbols.Read(member);
                if (!attributes.IsPersonal)
                {
                    continue;
                }

                // Billing traffic data counted from its invoice gets the bill dispute window from the options (Tw art. 11.5(3)).
                if (!attributes.NamedArgument(WellKnownNames.RetentionProperty).IsNull || IsBillingTrafficData(attributes))
                {
                    anyRetention = true; // an invalid one is PRIV002's
                    continue;
                }

                bool follows = attributes.IsDataSubject || attributes.IsRetentionAnchor;
                anyKeeper |= !follows;
                if (SymbolEqualityComparer.Default.Equals(current, type))
                {
                    reported.Add((member, attributes, follows));
                }
            }
        }

        foreach ((ISymbol member, MemberAttributes attributes, bool follows) in reported)
        {
            // A subject id or anchor goes with the record, unless nothing else in it has a retention to follow.
            if (follows && (anyRetention || anyKeeper))
            {
                continue;
            }

            Location location = attributes.PersonalData is { } personalData
                ? AttributeLocations.Of(personalData, WellKnownNames.RetentionProperty, member, context.CancellationToken)
                : member.Locations.Length > 0 ? member.Locations[0] : Location.None;
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.NeverDeleted,
                location,
                type.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat),
                member.Name,
                Advice(attributes)));
        }
    }

    /// <summary>A <see cref="Category.Usage"/> member processed for billing and counted from another member (its invoice): its retention is <c>BillDisputeWindow</c>.</summary>
    private static bool IsBillingTrafficData(MemberAttributes attributes)
        => attributes.IsPersonalData
           && (Category)attributes.CategoryValue == Category.Usage
           && ((attributes.NamedArgument("Purposes").Value as int? ?? 0) & (int)Purpose.Billing) != 0
           && attributes.NamedArgument(WellKnownNames.RetentionFromProperty).Value is string;

    // A category default covers every member of the category; for a subject id or anchor that is the record's only
    // personal data it would cover every subject id of the project, so only a retention of its own is advised.
    private static string Advice(MemberAttributes attributes)
        => attributes.IsPersonalData && !attributes.IsDataSubject && !attributes.IsRetentionAnchor
            ? $"give it a Retention, or set PrivacyPolicyOptions.RetentionDefaults[Category.{(Category)attributes.CategoryValue}]"
            : "give it [PersonalData(..., Retention = \"...\")], the period the record is needed for";

    private static void AnalyzeMember(SymbolAnalysisContext context, PrivacySymbols symbols)
    {
        MemberAttributes attributes = symbols.Read(context.Symbol);
        AnalyzeAnchorText(context, symbols);

        if (attributes.PersonalData is not { } personalData)
        {
            return;
        }

        AnalyzeRetentionFrom(context, attributes, personalData);
        TypedConstant retention = attributes.NamedArgument(WellKnownNames.RetentionProperty);
        if (retention.IsNull || retention.Kind == TypedConstantKind.Error)
        {
            // Not written, or written as null: the category's default applies.
            return;
        }

        string? text = retention.Value as string;
        if (!IsoPeriod.IsPositive(text))
        {
            ISymbol member = context.Symbol;
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.InvalidRetention,
                AttributeLocations.Of(personalData, WellKnownNames.RetentionProperty, member, context.CancellationToken),
                member.ContainingType.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat),
                member.Name,
                text));
        }
    }

    /// <summary>PRIV023: the member a retention counts from exists on the type and holds a date or time.</summary>
    private static void AnalyzeRetentionFrom(SymbolAnalysisContext context, MemberAttributes attributes, AttributeData personalData)
    {
        TypedConstant from = attributes.NamedArgument(WellKnownNames.RetentionFromProperty);
        if (from.IsNull || from.Kind == TypedConstantKind.Error || from.Value is not string name)
        {
            return; // not written: the record's anchor applies
        }

        ISymbol member = context.Symbol;
        ISymbol? target = RetentionFromTargets.Find(member.ContainingType, name);
        string? problem = target is null ? "is no field or property of the type"
            : SymbolEqualityComparer.Default.Equals(target, member) ? "is the member itself"
            : !RetentionFromTargets.IsValid(target) ? $"is a {DataMembers.TypeOf(target).ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat)}, not a date or time"
            : null;
        if (problem is null)
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(
            DiagnosticDescriptors.InvalidRetentionFrom,
            AttributeLocations.Of(personalData, WellKnownNames.RetentionFromProperty, member, context.CancellationToken),
            member.ContainingType.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat),
            member.Name,
            name,
            problem));
    }

    private static void AnalyzeAnchorText(SymbolAnalysisContext context, PrivacySymbols symbols)
    {
        foreach (AttributeData attribute in context.Symbol.GetAttributes())
        {
            // A [RetentionMoment] names the moment of the members that count from this one, as an anchor does for the record.
            if (!SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, symbols.RetentionAnchor)
                && (symbols.RetentionMoment is null || !SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, symbols.RetentionMoment)))
            {
                continue;
            }

            bool dutch = false;
            bool english = false;
            foreach (System.Collections.Generic.KeyValuePair<string, TypedConstant> argument in attribute.NamedArguments)
            {
                bool given = argument.Value.Value is string text && !string.IsNullOrWhiteSpace(text);
                dutch |= argument.Key == "Dutch" && given;
                english |= argument.Key == "English" && given;
            }

            if (dutch != english)
            {
                ISymbol member = context.Symbol;
                context.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.AnchorTextInOneLanguage,
                    AttributeLocations.Of(attribute, dutch ? "Dutch" : "English", member, context.CancellationToken),
                    member.ContainingType.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat),
                    member.Name,
                    dutch ? "Dutch" : "English",
                    dutch ? "English" : "Dutch"));
            }
        }
    }
}
