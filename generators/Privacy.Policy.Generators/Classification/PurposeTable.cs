using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Privacy.Policy.Generators.Model;
using Privacy.Policy.Generators.Vocabulary;

namespace Privacy.Policy.Generators.Classification;

/// <summary>
/// What the analyzers know of a compilation's purposes, worked out once per compilation: the purposes in force (as
/// the generator resolves them), which the compilation declares itself, and which are declared twice differently.
/// </summary>
internal sealed class PurposeTable
{
    private readonly Dictionary<int, DeclaredPurpose> _purposes = new();
    private readonly Dictionary<int, List<(DeclaredPurpose Declaration, bool IsOwn)>> _declarations = new();

    private PurposeTable()
    {
    }

    /// <summary>The declarations as written, with their assemblies.</summary>
    public List<PurposeDeclarations.Found> Found { get; private set; } = new();

    public static PurposeTable From(Compilation compilation, CancellationToken cancellationToken)
    {
        var table = new PurposeTable { Found = PurposeDeclarations.All(compilation, cancellationToken) };
        foreach (DeclaredPurpose builtIn in PurposeDeclarations.BuiltIn())
        {
            table._purposes[builtIn.Purpose] = builtIn;
        }

        var declared = new HashSet<int>();
        foreach (PurposeDeclarations.Found found in table.Found)
        {
            if (PurposeDeclarations.Read(found.Attribute) is not { } declaration)
            {
                continue;
            }

            if (!table._declarations.TryGetValue(declaration.Purpose, out List<(DeclaredPurpose, bool)>? list))
            {
                table._declarations[declaration.Purpose] = list = new List<(DeclaredPurpose, bool)>();
            }

            list.Add((declaration, found.IsOwn));
            if (declared.Add(declaration.Purpose))
            {
                table._purposes[declaration.Purpose] = declaration;
            }
        }

        return table;
    }

    /// <summary>The purposes in force, by flag.</summary>
    public EquatableArray<DeclaredPurpose> InForce()
    {
        var values = new SortedDictionary<int, DeclaredPurpose>(_purposes);
        return values.Values.ToEquatableArray();
    }

    /// <summary>The declared purposes in force, by flag: for each flag declared, the declaration that wins.</summary>
    public EquatableArray<DeclaredPurpose> Declared()
    {
        var values = new SortedDictionary<int, DeclaredPurpose>();
        foreach (int flag in _declarations.Keys)
        {
            values[flag] = _purposes[flag];
        }

        return values.Values.ToEquatableArray();
    }

    /// <summary>The purpose in force for <paramref name="flag"/>; <see langword="null"/> when nothing declares it.</summary>
    public DeclaredPurpose? Of(int flag) => _purposes.TryGetValue(flag, out DeclaredPurpose? purpose) ? purpose : null;

    /// <summary>The flags of <paramref name="purposes"/> that are neither built in nor declared (PRIV020).</summary>
    public int Undeclared(int purposes)
    {
        int undeclared = 0;
        for (int bit = 0; bit < 31; bit++)
        {
            int flag = 1 << bit;
            if ((purposes & flag) != 0 && !_purposes.ContainsKey(flag))
            {
                undeclared |= flag;
            }
        }

        return undeclared;
    }

    /// <summary>Whether <paramref name="purpose"/> is declared more than once with different content (PRIV022).</summary>
    public bool IsConflicting(int purpose, out bool declaredHere)
    {
        declaredHere = false;
        if (!_declarations.TryGetValue(purpose, out List<(DeclaredPurpose Declaration, bool IsOwn)>? list))
        {
            return false;
        }

        bool conflicting = false;
        foreach ((DeclaredPurpose declaration, bool isOwn) in list)
        {
            declaredHere |= isOwn;
            conflicting |= !declaration.Equals(list[0].Declaration);
        }

        return conflicting;
    }

    /// <summary>Whether the compilation itself declares <paramref name="purpose"/>.</summary>
    public bool IsDeclaredHere(int purpose)
    {
        IsConflicting(purpose, out bool declaredHere);
        return declaredHere;
    }

    /// <summary>The name of <paramref name="purposes"/>' flags, joined: declared names, else enum names, else numbers.</summary>
    public string Names(int purposes)
    {
        var names = new List<string>();
        for (int bit = 0; bit < 31; bit++)
        {
            int flag = 1 << bit;
            if ((purposes & flag) != 0)
            {
                names.Add(Of(flag)?.Name ?? (System.Enum.IsDefined(typeof(Purpose), flag) ? ((Purpose)flag).ToString() : "(Purpose)" + flag.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            }
        }

        return string.Join(", ", names);
    }
}
