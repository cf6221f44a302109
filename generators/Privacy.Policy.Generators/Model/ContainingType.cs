namespace Privacy.Policy.Generators.Model;

/// <summary>A type that contains the generated type, re-declared as <c>partial</c> around it.</summary>
/// <param name="Keyword">The declaration keyword: <c>class</c>, <c>struct</c>, <c>record</c>, <c>record struct</c>, <c>interface</c>.</param>
/// <param name="Name">The name with its type parameter list, such as <c>Outer&lt;T&gt;</c>.</param>
internal sealed record ContainingType(string Keyword, string Name);
