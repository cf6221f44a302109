using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Privacy.Policy.Generators.Classification;
using Privacy.Policy.Generators.Semantics;

namespace Privacy.Policy.Generators.Analyzers;

/// <summary>
/// PRIV017: a type with personal data holds a value in a shape the generated code cannot copy exactly: an explicit
/// interface implementation, a property that hides an inherited one with <c>new</c>, or a primary-constructor
/// parameter captured by a member.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UnsupportedMembersAnalyzer : PrivacyAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.UnsupportedMemberShape);

    /// <inheritdoc />
    private protected override void OnCompilationStart(CompilationStartAnalysisContext context, PrivacySymbols symbols)
    {
        context.RegisterSymbolAction(
            symbolContext =>
            {
                var type = (INamedTypeSymbol)symbolContext.Symbol;

                // A type with an explicit interface implementation gets no generated code, so this looks at the
                // types that would get it, as PRIV010 does.
                if (!DataMembers.IsCandidate(type) || type.Locations.Length == 0 || !GenerationRule.WouldBeGenerated(type, symbols))
                {
                    return;
                }

                foreach ((ISymbol member, string why) in UnsupportedStoredMembers(type))
                {
                    symbolContext.ReportDiagnostic(Diagnostic.Create(
                        DiagnosticDescriptors.UnsupportedMemberShape,
                        member.Locations[0],
                        type.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat),
                        member.Name,
                        why));
                }
            },
            SymbolKind.NamedType);

        context.RegisterOperationAction(
            operationContext =>
            {
                IParameterSymbol parameter = ((IParameterReferenceOperation)operationContext.Operation).Parameter;

                // Field and property initializers and the base-type arguments read the parameter once, while the
                // constructor runs; any other member that reads it makes the compiler keep it in a hidden field.
                if (parameter.ContainingSymbol is not IMethodSymbol { MethodKind: MethodKind.Constructor } constructor
                    || operationContext.ContainingSymbol is IFieldSymbol or IPropertySymbol
                    || SymbolEqualityComparer.Default.Equals(operationContext.ContainingSymbol, constructor)
                    || !IsPrimaryConstructor(constructor, operationContext.CancellationToken)
                    || !GenerationRule.WouldBeGenerated(constructor.ContainingType, symbols))
                {
                    return;
                }

                operationContext.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.UnsupportedMemberShape,
                    operationContext.Operation.Syntax.GetLocation(),
                    constructor.ContainingType.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat),
                    parameter.Name,
                    "is a primary-constructor parameter that a member reads, so the compiler keeps it in a hidden field that Redact, Erase and the export cannot reach: assign it to a classified field or property and read that instead"));
            },
            OperationKind.ParameterReference);
    }

    /// <summary>
    /// The stored members of <paramref name="type"/> that generated code cannot name: explicit interface
    /// implementations (the generator writes nothing for a type with one) and members that hide a stored member of a
    /// base type with <c>new</c>.
    /// </summary>
    internal static IEnumerable<(ISymbol Member, string Why)> UnsupportedStoredMembers(INamedTypeSymbol type)
    {
        HashSet<string>? inherited = null;
        foreach (ISymbol member in DataMembers.Of(type))
        {
            if (member is IPropertySymbol { ExplicitInterfaceImplementations.Length: > 0 })
            {
                yield return (member, "is an explicit interface implementation, which generated code cannot set by name: make it an ordinary property that implements the interface");
                continue;
            }

            if (member is IPropertySymbol { IsOverride: true })
            {
                continue;
            }

            inherited ??= InheritedStoredNames(type);
            if (inherited.Contains(member.Name))
            {
                yield return (member, "hides a stored member of a base type, which generated code would then copy and export by one name only: rename it, or override the base member");
            }
        }
    }

    private static HashSet<string> InheritedStoredNames(INamedTypeSymbol type)
    {
        var names = new HashSet<string>();
        for (INamedTypeSymbol? current = type.BaseType; current is not null && current.SpecialType is not (SpecialType.System_Object or SpecialType.System_ValueType); current = current.BaseType)
        {
            foreach (ISymbol member in DataMembers.Of(current))
            {
                names.Add(member.Name);
            }
        }

        return names;
    }

    private static bool IsPrimaryConstructor(IMethodSymbol constructor, System.Threading.CancellationToken cancellationToken)
    {
        foreach (SyntaxReference reference in constructor.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax(cancellationToken) is TypeDeclarationSyntax)
            {
                return true;
            }
        }

        return false;
    }
}
