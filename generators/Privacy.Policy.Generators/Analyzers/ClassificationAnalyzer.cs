using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Privacy.Policy.Generators.Classification;

namespace Privacy.Policy.Generators.Analyzers;

/// <summary>
/// PRIV001: every member of a type that holds personal data (or of a public type in a strict namespace) is classified.
/// PRIV004: classifications do not contradict each other.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ClassificationAnalyzer : PrivacyAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.UnclassifiedMember, DiagnosticDescriptors.ConflictingClassification);

    /// <inheritdoc />
    private protected override void OnCompilationStart(CompilationStartAnalysisContext context, PrivacySymbols symbols)
    {
        context.Options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue(WellKnownNames.StrictNamespacesProperty, out string? strict);
        string[] strictNamespaces = StrictNamespaces.Parse(strict);
        context.RegisterSymbolAction(symbolContext => AnalyzeType(symbolContext, symbols, strictNamespaces), SymbolKind.NamedType);
    }

    private static void AnalyzeType(SymbolAnalysisContext context, PrivacySymbols symbols, string[] strictNamespaces)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        if (!DataMembers.IsCandidate(type))
        {
            return;
        }

        string typeName = type.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat);
        ReportConflicts(context, type, typeName, symbols);

        string? reason = DataMembers.HoldsPersonalData(type, symbols)
            ? "the type holds personal data"
            : StrictNamespaces.Match(type, strictNamespaces) is { } strictNamespace
                ? $"namespace '{strictNamespace}' is strict"
                : null;
        if (reason is null)
        {
            return;
        }

        foreach (ISymbol member in DataMembers.Of(type))
        {
            if (!symbols.Read(member).IsClassified && member.Locations.Length > 0)
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.UnclassifiedMember, member.Locations[0], typeName, member.Name, reason));
            }
        }
    }

    private static void ReportConflicts(SymbolAnalysisContext context, INamedTypeSymbol type, string typeName, PrivacySymbols symbols)
    {
        // The base types' subject and anchor matter only to a type that declares one itself: most types in a
        // compilation declare neither, so the base chain is walked on demand, once.
        string? subject = null;
        string? anchor = null;
        bool baseTypesRead = false;

        foreach (ISymbol member in type.GetMembers())
        {
            if (member.Kind is not (SymbolKind.Field or SymbolKind.Property) || member.IsImplicitlyDeclared || member.Locations.Length == 0)
            {
                continue;
            }

            MemberAttributes attributes = symbols.Read(member);
            if (!attributes.IsClassified)
            {
                continue;
            }

            if ((attributes.IsDataSubject || attributes.IsRetentionAnchor) && !baseTypesRead)
            {
                subject = DataMembers.FirstInstanceMember(type.BaseType, symbols, static a => a.IsDataSubject, includeBaseTypes: true)?.Name;
                anchor = DataMembers.FirstInstanceMember(type.BaseType, symbols, static a => a.IsRetentionAnchor, includeBaseTypes: true)?.Name;
                baseTypesRead = true;
            }

            string? conflict = FindConflict(member, attributes, symbols, ref subject, ref anchor);
            if (conflict is not null)
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.ConflictingClassification, member.Locations[0], typeName, member.Name, conflict));
            }
        }
    }

    private static string? FindConflict(ISymbol member, MemberAttributes attributes, PrivacySymbols symbols, ref string? subject, ref string? anchor)
    {
        if (member.IsStatic)
        {
            return "privacy attributes describe the values of each instance and cannot be placed on a static member";
        }

        if (member is IPropertySymbol { IsIndexer: true })
        {
            return "privacy attributes cannot be placed on an indexer";
        }

        if (attributes.IsPersonalData && attributes.IsNotPersonalData)
        {
            return "it is marked both [PersonalData] and [NotPersonalData]";
        }

        // [NotPersonalData] on a member whose type holds personal data is PRIV018's, which names the path to it.
        ITypeSymbol type = DataMembers.TypeOf(member);
        if (attributes.IsDataSubject)
        {
            if (attributes.IsNotPersonalData)
            {
                return "[DataSubject] identifies a person, so the member cannot be [NotPersonalData]";
            }

            if (!MemberTypes.IsSubjectIdentifier(type))
            {
                return $"[DataSubject] needs a string, Guid or integer member, not '{MemberTypes.FullName(type)}'";
            }

            if (subject is not null)
            {
                return $"the type already has a [DataSubject] member, '{subject}'";
            }

            subject = member.Name;
        }

        if (attributes.IsRetentionAnchor)
        {
            if (!MemberTypes.IsAnchor(type))
            {
                return $"[RetentionAnchor] needs an Instant, LocalDate, LocalDateTime, ZonedDateTime, OffsetDateTime, DateTimeOffset or DateTime member, not '{MemberTypes.FullName(type)}'";
            }

            if (anchor is not null)
            {
                return $"the type already has a [RetentionAnchor] member, '{anchor}'";
            }

            anchor = member.Name;
        }

        return null;
    }
}
