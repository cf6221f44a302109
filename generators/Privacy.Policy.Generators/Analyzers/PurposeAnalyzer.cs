using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Privacy.Policy.Generators.Classification;
using Privacy.Policy.Generators.Vocabulary;

namespace Privacy.Policy.Generators.Analyzers;

/// <summary>
/// PRIV013: every <c>[PersonalData]</c> member names a purpose. PRIV012: a type whose members are processed for a
/// purpose that rests on consent (Marketing) has a member that records the consent.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PurposeAnalyzer : PrivacyAnalyzer
{
    private const string PurposesProperty = "Purposes";

    /// <summary>The purposes whose legal basis is consent, as the runtime's taxonomy assigns them.</summary>
    private const int ConsentPurposes = (int)Purpose.Marketing;

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.ConsentNotRecorded, DiagnosticDescriptors.NoPurpose);

    /// <inheritdoc />
    private protected override void OnCompilationStart(CompilationStartAnalysisContext context, PrivacySymbols symbols)
    {
        context.RegisterSymbolAction(symbolContext => AnalyzeMember(symbolContext, symbols), SymbolKind.Field, SymbolKind.Property);
        context.RegisterSymbolAction(symbolContext => AnalyzeType(symbolContext, symbols), SymbolKind.NamedType);
    }

    private static int PurposesOf(MemberAttributes attributes)
        => attributes.NamedArgument(PurposesProperty).Value is int purposes ? purposes : 0;

    private static void AnalyzeMember(SymbolAnalysisContext context, PrivacySymbols symbols)
    {
        MemberAttributes attributes = symbols.Read(context.Symbol);
        ISymbol member = context.Symbol;
        if (attributes.PersonalData is not { } personalData || PurposesOf(attributes) != 0 || HoldsOwnPersonalData(DataMembers.TypeOf(member), symbols))
        {
            // A member holding another personal-data type takes its purposes from that type's members.
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(
            DiagnosticDescriptors.NoPurpose,
            AttributeLocations.Of(personalData, PurposesProperty, member, context.CancellationToken),
            member.ContainingType.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat),
            member.Name));
    }

    private static void AnalyzeType(SymbolAnalysisContext context, PrivacySymbols symbols)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        if (!DataMembers.IsCandidate(type))
        {
            return;
        }

        ISymbol? consentBased = null;
        foreach (ISymbol member in type.GetMembers())
        {
            if (member.IsStatic || member.Kind is not (SymbolKind.Field or SymbolKind.Property))
            {
                continue;
            }

            MemberAttributes attributes = symbols.Read(member);
            if (attributes.IsPersonalData
                && (PurposesOf(attributes) & ConsentPurposes) != 0
                && !HoldsOwnPersonalData(DataMembers.TypeOf(member), symbols))
            {
                consentBased = member;
                break;
            }
        }

        if (consentBased is null || RecordsConsent(type))
        {
            return;
        }

        MemberAttributes consentAttributes = symbols.Read(consentBased);
        context.ReportDiagnostic(Diagnostic.Create(
            DiagnosticDescriptors.ConsentNotRecorded,
            AttributeLocations.Of(consentAttributes.PersonalData!, PurposesProperty, consentBased, context.CancellationToken),
            type.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat),
            consentBased.Name,
            nameof(Purpose.Marketing)));
    }

    /// <summary>
    /// Whether the member's type, or its collections' element type (collections of collections too), is a type with
    /// personal data of its own.
    /// </summary>
    private static bool HoldsOwnPersonalData(ITypeSymbol type, PrivacySymbols symbols)
    {
        for (int depth = 0; depth < 4; depth++)
        {
            ITypeSymbol element = MemberTypes.UnwrapNullable(type);
            if (element is INamedTypeSymbol named && named.SpecialType == SpecialType.None && DataMembers.HoldsPersonalData(named, symbols))
            {
                return true;
            }

            // A type parameter constrained to IPersonalData<T>: whatever it is, it is personal data of its own.
            if (element is ITypeParameterSymbol parameter
                && parameter.ConstraintTypes.Any(static constraint => constraint.OriginalDefinition.ToDisplayString() == "Privacy.Policy.IPersonalData<TSelf>"))
            {
                return true;
            }

            ITypeSymbol inner = MemberTypes.ElementOf(element);
            if (SymbolEqualityComparer.Default.Equals(inner, element))
            {
                return false;
            }

            type = inner;
        }

        return false;
    }

    /// <summary>Whether the type or a base type has a bool or date/time member named for consent.</summary>
    private static bool RecordsConsent(INamedTypeSymbol? type)
    {
        for (; type is not null && type.SpecialType is not (SpecialType.System_Object or SpecialType.System_ValueType); type = type.BaseType)
        {
            foreach (ISymbol member in type.GetMembers())
            {
                if (!member.IsStatic
                    && member.Kind is SymbolKind.Field or SymbolKind.Property
                    && !member.IsImplicitlyDeclared
                    && IsConsentName(member.Name))
                {
                    ITypeSymbol memberType = MemberTypes.UnwrapNullable(DataMembers.TypeOf(member));
                    if (memberType.SpecialType == SpecialType.System_Boolean || MemberTypes.IsAnchor(memberType))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    private static bool IsConsentName(string name)
        => name.IndexOf("Consent", StringComparison.OrdinalIgnoreCase) >= 0
            || name.IndexOf("OptIn", StringComparison.OrdinalIgnoreCase) >= 0
            || name.IndexOf("OptedIn", StringComparison.OrdinalIgnoreCase) >= 0;
}
