using Privacy.Policy.Generators.Model;

namespace Privacy.Policy.Generators.Emitting;

/// <summary>
/// What one copying operation of the generated code does, where redaction and erasure differ: <see cref="CopyEmitter"/>
/// and <see cref="ElementEmitter"/> write the copy once and ask the operation for its names, its documentation and the
/// expression for each element.
/// </summary>
internal abstract class CopyOperation
{
    /// <summary>Redaction: every personal-data member is masked, pseudonymised or erased by its rule.</summary>
    public static CopyOperation Redact { get; } = new RedactOperation();

    /// <summary>The projection for <paramref name="type"/>: erasure keeps the members a running legal obligation holds, disclosure those the recipient may receive.</summary>
    public static CopyOperation Project(PersonalDataType type) => new ProjectOperation(type);

    /// <summary>The static method's name, and the verb in the documentation.</summary>
    public abstract string Name { get; }

    /// <summary>The past participle for the documentation: "a redacted copy".</summary>
    public abstract string Past { get; }

    /// <summary>The method on <see cref="Parameter"/> that applies the operation to a nested personal-data value.</summary>
    public abstract string NestedMethod { get; }

    /// <summary>The method on <see cref="Parameter"/> that applies the operation to a value checked at run time.</summary>
    public abstract string RuntimeValueMethod { get; }

    /// <summary>The parameter that carries the operation's state, and its type.</summary>
    public abstract string Parameter { get; }

    public abstract string ParameterType { get; }

    public abstract string ParameterDoc { get; }

    /// <summary>A record's virtual method that returns the copy, so that derived records add their own members.</summary>
    public abstract string CopyMethod { get; }

    /// <summary>A class's virtual method that changes a fresh clone in place, so that derived classes add their own members.</summary>
    public abstract string MembersMethod { get; }

    public abstract string Summary { get; }

    public abstract string MembersSummary { get; }

    /// <summary>
    /// Whether the operation decides per member by the descriptor of the type whose code runs, so a value held as its
    /// base type must go to its own type's code (<c>ProjectAsRuntimeType</c>) before any member is touched: the virtual
    /// copy methods reach the derived members but would decide them by the base's descriptor.
    /// </summary>
    public abstract bool DecidesByDescriptor { get; }

    /// <summary>What the operation does with each element of <paramref name="member"/>; redaction applies the member's own rule.</summary>
    public virtual ElementKind KindOf(DataMember member) => member.Value.Element;

    /// <summary>
    /// The condition under which the copy keeps the member as it is; <see langword="null"/> when the operation never
    /// keeps it.
    /// </summary>
    public virtual string? KeepCondition(DataMember member) => null;

    /// <summary>The expression for one text element read through <paramref name="access"/>.</summary>
    public abstract string Text(DataMember member, string access);

    /// <summary>
    /// The call on <see cref="Parameter"/> that applies the operation to one nested or runtime-checked value:
    /// <paramref name="method"/> with <paramref name="typeArguments"/> (empty, or <c>&lt;T&gt;</c>) on
    /// <paramref name="argument"/>, for member <paramref name="member"/>.
    /// </summary>
    public virtual string Call(string method, string typeArguments, string argument, DataMember member)
        => $"{Parameter}.{method}{typeArguments}({argument})";
}
