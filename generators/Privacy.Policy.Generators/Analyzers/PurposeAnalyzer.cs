using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Privacy.Policy.Generators.Classification;
using Privacy.Policy.Generators.Semantics;
using Privacy.Policy.Generators.Model;
using Privacy.Policy.Generators.Parsing;
using Privacy.Policy.Generators.Vocabulary;

namespace Privacy.Policy.Generators.Analyzers;

/// <summary>
/// Purposes and their legal bases. PRIV013: every <c>[PersonalData]</c> member names a purpose. PRIV020: every purpose
/// is built in or declared. PRIV021: a legitimate interest says which. PRIV022: declarations are well formed and agree.
/// PRIV012: a member processed on consent has a <c>[ConsentRecord]</c> covering that purpose. PRIV004: a
/// <c>[ConsentRecord]</c> is a member that can say "no".
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PurposeAnalyzer : PrivacyAnalyzer
{
    private const string PurposesProperty = "Purposes";
    private const string LegalBasisProperty = "LegalBasis";
    private const string InterestProperty = "Interest";

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(
            DiagnosticDescriptors.ConsentNotRecorded,
            DiagnosticDescriptors.NoPurpose,
            DiagnosticDescriptors.UndeclaredPurpose,
            DiagnosticDescriptors.InterestMissing,
            DiagnosticDescriptors.InvalidPurposeDeclaration,
            DiagnosticDescriptors.ConflictingClassification);

    /// <inheritdoc />
    private protected override void OnCompilationStart(CompilationStartAnalysisContext context, PrivacySymbols symbols)
    {
        var table = PurposeTable.From(context.Compilation, context.CancellationToken);
        context.RegisterSymbolAction(symbolContext => AnalyzeMember(symbolContext, symbols, table), SymbolKind.Field, SymbolKind.Property);
        context.RegisterSymbolAction(symbolContext => AnalyzeType(symbolContext, symbols, table), SymbolKind.NamedType);
        if (table.Found.Any(found => found.IsOwn))
        {
            context.RegisterSyntaxNodeAction(nodeContext => AnalyzeDeclarations(nodeContext, table), SyntaxKind.AttributeList);
        }
    }

    private static int PurposesOf(MemberAttributes attributes)
        => attributes.NamedArgument(PurposesProperty).Value is int purposes ? purposes : 0;

    private static int BasisOf(MemberAttributes attributes)
        => attributes.NamedArgument(LegalBasisProperty).Value is int basis ? basis : 0;

    private static string Display(ISymbol member)
        => member.ContainingType.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat) + "." + member.Name;

    private static void AnalyzeMember(SymbolAnalysisContext context, PrivacySymbols symbols, PurposeTable table)
    {
        MemberAttributes attributes = symbols.Read(context.Symbol);
        ISymbol member = context.Symbol;
        string typeName = member.ContainingType.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat);
        if (attributes.ConsentRecord is { } consentRecord)
        {
            AnalyzeConsentRecord(context, member, consentRecord, attributes.ConsentPurposes, table, typeName);
        }

        if (attributes.PersonalData is not { } personalData)
        {
            return;
        }

        int purposes = PurposesOf(attributes);
        if (purposes == 0)
        {
            // A member holding another personal-data type takes its purposes from that type's members.
            if (!PersonalDataTypes.HoldsOwnPersonalData(DataMembers.TypeOf(member), symbols))
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.NoPurpose,
                    AttributeLocations.Of(personalData, PurposesProperty, member, context.CancellationToken),
                    typeName,
                    member.Name));
            }

            return;
        }

        Location purposesLocation = AttributeLocations.Of(personalData, PurposesProperty, member, context.CancellationToken);
        if (table.Undeclared(purposes) is var undeclared and not 0)
        {
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.UndeclaredPurpose, purposesLocation, typeName, member.Name, table.Names(undeclared)));
        }

        int basis = BasisOf(attributes);
        string? interest = attributes.NamedArgument(InterestProperty).Value as string;
        if (basis == (int)LegalBasis.LegitimateInterest && string.IsNullOrWhiteSpace(interest))
        {
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.InterestMissing,
                AttributeLocations.Of(personalData, LegalBasisProperty, member, context.CancellationToken),
                $"'{Display(member)}'"));
        }

        for (int bit = 0; bit < 31; bit++)
        {
            int flag = 1 << bit;
            if ((purposes & flag) == 0 || table.Of(flag) is not { } declared || table.IsDeclaredHere(flag))
            {
                continue; // the compilation's own declarations are reported where they are written
            }

            if (basis == 0 && declared.LegalBasis == (int)LegalBasis.LegitimateInterest && string.IsNullOrWhiteSpace(declared.Interest) && string.IsNullOrWhiteSpace(interest))
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.InterestMissing, purposesLocation, $"'{Display(member)}' ({declared.Name}, as a referenced assembly declares it)"));
            }

            if (table.IsConflicting(flag, out _))
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.InvalidPurposeDeclaration, purposesLocation, declared.Name,
                    $"the assemblies '{Display(member)}' references declare it differently; declare it once, in the assembly the services share"));
            }
        }
    }

    private static void AnalyzeConsentRecord(SymbolAnalysisContext context, ISymbol member, AttributeData consentRecord, int purposes, PurposeTable table, string typeName)
    {
        ITypeSymbol type = DataMembers.TypeOf(member);
        if (!member.IsStatic && TypeParser.ConsentShapeOf(type) == ConsentShape.None)
        {
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.ConflictingClassification,
                member.Locations[0],
                typeName,
                member.Name,
                $"[ConsentRecord] is a bool, bool? or nullable date/time whose false or null means no consent; a '{type.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat)}' cannot record a refusal or a withdrawal (GDPR art. 7(1), 7(3))"));
        }

        if (table.Undeclared(purposes) is var undeclared and not 0)
        {
            Location location = consentRecord.ApplicationSyntaxReference?.GetSyntax(context.CancellationToken).GetLocation() ?? member.Locations[0];
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.UndeclaredPurpose, location, typeName, member.Name, table.Names(undeclared)));
        }
    }

    private static void AnalyzeType(SymbolAnalysisContext context, PrivacySymbols symbols, PurposeTable table)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        if (!DataMembers.IsCandidate(type))
        {
            return;
        }

        int? covered = null;
        foreach (ISymbol member in type.GetMembers())
        {
            if (member.IsStatic || member.Kind is not (SymbolKind.Field or SymbolKind.Property))
            {
                continue;
            }

            MemberAttributes attributes = symbols.Read(member);
            if (attributes.PersonalData is not { } personalData || PersonalDataTypes.HoldsOwnPersonalData(DataMembers.TypeOf(member), symbols))
            {
                continue;
            }

            int consent = ConsentBased(PurposesOf(attributes), BasisOf(attributes), table);
            if (consent == 0)
            {
                continue;
            }

            covered ??= ConsentRecorded(type, symbols);
            int missing = consent & ~covered.Value;
            if (missing != 0)
            {
                string property = BasisOf(attributes) == (int)LegalBasis.Consent ? LegalBasisProperty : PurposesProperty;
                context.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.ConsentNotRecorded,
                    AttributeLocations.Of(personalData, property, member, context.CancellationToken),
                    type.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat),
                    member.Name,
                    table.Names(missing)));
            }
        }
    }

    /// <summary>The purposes of a member whose legal basis, as resolved for it, is consent.</summary>
    internal static int ConsentBased(int purposes, int memberBasis, PurposeTable table)
    {
        int consent = 0;
        for (int bit = 0; bit < 31; bit++)
        {
            int flag = 1 << bit;
            if ((purposes & flag) != 0 && (memberBasis != 0 ? memberBasis : table.Of(flag)?.LegalBasis ?? 0) == (int)LegalBasis.Consent)
            {
                consent |= flag;
            }
        }

        return consent;
    }

    /// <summary>The purposes the <c>[ConsentRecord]</c> members of the type and its base types cover.</summary>
    internal static int ConsentRecorded(INamedTypeSymbol? type, PrivacySymbols symbols)
    {
        int covered = 0;
        for (; type is not null && type.SpecialType is not (SpecialType.System_Object or SpecialType.System_ValueType); type = type.BaseType)
        {
            foreach (ISymbol member in type.GetMembers())
            {
                if (!member.IsStatic && member.Kind is SymbolKind.Field or SymbolKind.Property)
                {
                    covered |= symbols.Read(member).ConsentPurposes;
                }
            }
        }

        return covered;
    }

    /// <summary>The compilation's own <c>[assembly: ProcessingPurpose]</c> declarations, where they are written.</summary>
    private static void AnalyzeDeclarations(SyntaxNodeAnalysisContext context, PurposeTable table)
    {
        var list = (AttributeListSyntax)context.Node;
        if (list.Target?.Identifier.ValueText != "assembly")
        {
            return;
        }

        foreach (PurposeDeclarations.Found found in table.Found)
        {
            if (!found.IsOwn || found.Attribute.ApplicationSyntaxReference is not { } reference
                || reference.SyntaxTree != list.SyntaxTree || !list.Span.Contains(reference.Span))
            {
                continue;
            }

            Location location = reference.GetSyntax(context.CancellationToken).GetLocation();
            AttributeData attribute = found.Attribute;
            if (attribute.ConstructorArguments.Length != 2 || attribute.ConstructorArguments[0].Value is not int purpose || attribute.ConstructorArguments[1].Value is not int basis)
            {
                continue; // does not compile
            }

            string name = table.Names(purpose);
            string? problem = null;
            if (!PurposeDeclarations.IsSingleFlag(purpose))
            {
                problem = purpose == 0 ? "it names no purpose" : "it names more than one purpose; declare each flag on its own";
            }
            else if (PurposeRows.Of((Purpose)purpose) is null && !PurposeDeclarations.IsCompanyFlag(purpose))
            {
                problem = "bits 9 to 15 are kept for built-in purposes; a company purpose is a value in bits 16 to 30, such as (Purpose)(1 << 16)";
            }
            else if (basis is < (int)LegalBasis.Contract or > (int)LegalBasis.LegitimateInterest)
            {
                problem = "its legal basis is not one of GDPR art. 6(1)'s";
            }
            else if (PurposeDeclarations.Read(attribute) is not { } declaration)
            {
                problem = "a company purpose needs a Name, which exports and records print";
            }
            else
            {
                if (basis == (int)LegalBasis.LegitimateInterest && string.IsNullOrWhiteSpace(declaration.Interest))
                {
                    context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.InterestMissing, location, $"The declaration of {declaration.Name}"));
                }

                foreach (PurposeDeclarations.Found other in table.Found)
                {
                    if (!ReferenceEquals(other.Attribute, attribute) && PurposeDeclarations.Read(other.Attribute) is { } otherDeclaration
                        && otherDeclaration.Purpose == declaration.Purpose && !otherDeclaration.Equals(declaration))
                    {
                        problem = other.IsOwn
                            ? "it is declared again in this assembly with a different basis, interest, wording or requirement"
                            : $"'{other.Assembly.Name}' declares it with a different basis, interest, wording or requirement";
                        break;
                    }
                }
            }

            if (problem is not null)
            {
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.InvalidPurposeDeclaration, location, name, problem));
            }
        }
    }
}
