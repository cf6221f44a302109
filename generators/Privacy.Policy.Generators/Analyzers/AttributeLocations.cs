using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Privacy.Policy.Generators.Analyzers;

/// <summary>Points a diagnostic at the part of an attribute that is wrong, so the squiggle sits where the fix goes.</summary>
internal static class AttributeLocations
{
    /// <summary>
    /// The location of the named argument <paramref name="name"/> of <paramref name="attribute"/>; the attribute
    /// itself when the argument is not found, and the member when the attribute has no syntax.
    /// </summary>
    public static Location Of(AttributeData attribute, string name, ISymbol member, CancellationToken cancellationToken)
    {
        if (attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken) is AttributeSyntax syntax)
        {
            if (syntax.ArgumentList is { } arguments)
            {
                foreach (AttributeArgumentSyntax argument in arguments.Arguments)
                {
                    if (argument.NameEquals?.Name.Identifier.ValueText == name)
                    {
                        return argument.GetLocation();
                    }
                }
            }

            return syntax.GetLocation();
        }

        return member.Locations.Length > 0 ? member.Locations[0] : Location.None;
    }
}
