using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Privacy.Policy.Generators.Model;
using Privacy.Policy.Generators.Vocabulary;

namespace Privacy.Policy.Generators.Classification;

/// <summary>
/// The <c>[assembly: ProcessingPurpose]</c> declarations a compilation sees, its own and those of every assembly it
/// references (the company's shared assembly), and the table of purposes they make with the built-in ones.
/// </summary>
internal static class PurposeDeclarations
{
    public const string AttributeName = "Privacy.Policy.ProcessingPurposeAttribute";

    /// <summary>The first bit of a company purpose; below it the built-in flags (and room for more).</summary>
    public const int FirstCompanyBit = 16;

    /// <summary>One declaration as written, with the assembly it is written in.</summary>
    public readonly struct Found
    {
        public Found(AttributeData attribute, IAssemblySymbol assembly, bool isOwn)
        {
            Attribute = attribute;
            Assembly = assembly;
            IsOwn = isOwn;
        }

        public AttributeData Attribute { get; }

        public IAssemblySymbol Assembly { get; }

        /// <summary>Whether it is written in the compilation itself, where a diagnostic can point at it.</summary>
        public bool IsOwn { get; }
    }

    /// <summary>Every declaration: the compilation's own first, then each referenced assembly's, in reference order.</summary>
    public static List<Found> All(Compilation compilation, CancellationToken cancellationToken)
    {
        var found = new List<Found>();
        Add(found, compilation.Assembly, isOwn: true);
        foreach (IAssemblySymbol referenced in compilation.SourceModule.ReferencedAssemblySymbols)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Add(found, referenced, isOwn: false);
        }

        return found;
    }

    private static void Add(List<Found> found, IAssemblySymbol assembly, bool isOwn)
    {
        foreach (AttributeData attribute in assembly.GetAttributes())
        {
            if (attribute.AttributeClass?.ToDisplayString() == AttributeName)
            {
                found.Add(new Found(attribute, assembly, isOwn));
            }
        }
    }

    /// <summary>
    /// The declaration <paramref name="attribute"/> makes, with a built-in purpose's wording filled in where it gives
    /// none; <see langword="null"/> when it is malformed (PRIV022): not exactly one flag, an undefined basis, or a
    /// company purpose without a name.
    /// </summary>
    public static DeclaredPurpose? Read(AttributeData attribute)
    {
        if (attribute.ConstructorArguments.Length != 2
            || attribute.ConstructorArguments[0].Value is not int purpose
            || attribute.ConstructorArguments[1].Value is not int basis
            || !IsSingleFlag(purpose)
            || basis is < (int)LegalBasis.Contract or > (int)LegalBasis.LegitimateInterest)
        {
            return null;
        }

        string? name = null, interest = null, englishInterest = null, dutch = null, english = null;
        int requirement = 0;
        foreach (KeyValuePair<string, TypedConstant> argument in attribute.NamedArguments)
        {
            switch (argument.Key)
            {
                case "Name": name = argument.Value.Value as string; break;
                case "Interest": interest = argument.Value.Value as string; break;
                case "EnglishInterest": englishInterest = argument.Value.Value as string; break;
                case "Dutch": dutch = argument.Value.Value as string; break;
                case "English": english = argument.Value.Value as string; break;
                case "Requirement": requirement = argument.Value.Value as int? ?? 0; break;
            }
        }

        if (PurposeRows.Of((Purpose)purpose) is { } row)
        {
            // A built-in purpose keeps its enum name; wording left out stays the built-in wording.
            return new DeclaredPurpose(purpose, ((Purpose)purpose).ToString(), basis, interest, englishInterest, dutch ?? row.Dutch, english ?? row.English, requirement);
        }

        return string.IsNullOrWhiteSpace(name) || !IsCompanyFlag(purpose)
            ? null
            : new DeclaredPurpose(purpose, name!, basis, interest, englishInterest, dutch, english, requirement);
    }

    /// <summary>Whether <paramref name="value"/> is exactly one flag.</summary>
    public static bool IsSingleFlag(int value) => value > 0 && (value & (value - 1)) == 0;

    /// <summary>Whether <paramref name="flag"/> is one of the company purposes' bits (16 to 30).</summary>
    public static bool IsCompanyFlag(int flag) => flag >= 1 << FirstCompanyBit;

    /// <summary>The built-in declaration of each built-in purpose.</summary>
    public static IEnumerable<DeclaredPurpose> BuiltIn()
    {
        foreach (PurposeRow row in PurposeRows.All)
        {
            if (row.LegalBasis is { } basis)
            {
                yield return new DeclaredPurpose((int)row.Purpose, row.Purpose.ToString(), (int)basis, row.InterestDutch, row.InterestEnglish, row.Dutch, row.English, (int)row.Requirement);
            }
        }
    }

    /// <summary>
    /// The purposes the compilation knows, in flag order: the built-in ones, each replaced by its declaration where
    /// there is one, and the company's own. Where two declarations of one purpose differ (PRIV022) the compilation's
    /// own wins, then the first referenced assembly's.
    /// </summary>
    public static EquatableArray<DeclaredPurpose> Table(Compilation compilation, CancellationToken cancellationToken)
        => PurposeTable.From(compilation, cancellationToken).InForce();

    /// <summary>The <see cref="Table"/> and, apart, the declarations in it (the catalog lists those), from one reading.</summary>
    public static DeclaredPurposes Purposes(Compilation compilation, CancellationToken cancellationToken)
    {
        PurposeTable table = PurposeTable.From(compilation, cancellationToken);
        return new DeclaredPurposes(table.InForce(), table.Declared());
    }
}
