using System.Collections.Generic;
using Privacy.Policy.Generators.Model;

namespace Privacy.Policy.Generators.Emitting;

/// <summary>
/// Writes the local functions that copy a collection member element by element into a new collection, for the
/// operation the enclosing copy method performs.
/// </summary>
internal static class CollectionCopyEmitter
{
    /// <summary>The local function that copies <paramref name="member"/>'s collection: <c>RedactEmails</c>, <c>EraseEmails</c>.</summary>
    public static string FunctionName(DataMember member, CopyOperation op) => op.Name + member.Name;

    /// <summary>Writes a local function per collection member that redacts it element by element into a new collection.</summary>
    public static void Write(SourceWriter writer, List<DataMember> members, CopyOperation op)
    {
        foreach (DataMember member in members)
        {
            ValueShape value = member.Value;
            ElementKind elementKind = op.KindOf(member);
            if (value.Collection == CollectionShape.None || elementKind == ElementKind.Unchanged)
            {
                continue;
            }

            string element = value.ElementType;
            writer.WriteLine();
            using (writer.Block($"static {member.Type} {FunctionName(member, op)}({member.Type} values, {op.ParameterType} {op.Parameter})"))
            {
                using (writer.Block("if (values is null)"))
                {
                    writer.WriteLine("return null!;");
                }

                writer.WriteLine();
                switch (value.Collection)
                {
                    case CollectionShape.Array:
                    case CollectionShape.ReadOnlyList:
                        if (elementKind == ElementKind.Neutral)
                        {
                            writer.WriteLine($"return global::System.Array.Empty<{element}>();");
                            break;
                        }

                        string count = value.Collection == CollectionShape.Array ? "Length" : "Count";
                        writer.WriteLine($"var result = new {ArrayOf(element, "values." + count)};");
                        using (writer.Block($"for (int i = 0; i < values.{count}; i++)"))
                        {
                            writer.WriteLine($"result[i] = {ElementEmitter.Expression(member, "values[i]", op)};");
                        }

                        writer.WriteLine();
                        writer.WriteLine("return result;");
                        break;
                    case CollectionShape.List:
                        if (elementKind == ElementKind.Neutral)
                        {
                            writer.WriteLine($"return new {value.CollectionType}();");
                            break;
                        }

                        writer.WriteLine(IsConcrete(member)
                            ? $"var result = new {value.CollectionType}(values.Count);"
                            : $"var result = new {value.CollectionType}();");
                        using (writer.Block($"foreach ({element} item in values)"))
                        {
                            writer.WriteLine($"result.Add({ElementEmitter.Expression(member, "item", op)});");
                        }

                        writer.WriteLine();
                        writer.WriteLine("return result;");
                        break;
                    case CollectionShape.Dictionary:
                        if (elementKind == ElementKind.Neutral)
                        {
                            writer.WriteLine($"return new {value.CollectionType}();");
                            break;
                        }

                        writer.WriteLine(IsConcrete(member)
                            ? $"var result = new {value.CollectionType}(values.Count, values.Comparer);"
                            : $"var result = values is {value.CollectionType} source ? new {value.CollectionType}(source.Count, source.Comparer) : new {value.CollectionType}();");
                        using (writer.Block($"foreach (global::System.Collections.Generic.KeyValuePair<{value.KeyType}, {element}> entry in values)"))
                        {
                            writer.WriteLine($"result[entry.Key] = {ElementEmitter.Expression(member, "entry.Value", op)};");
                        }

                        writer.WriteLine();
                        writer.WriteLine("return result;");
                        break;
                }
            }
        }
    }

    /// <summary>Whether the member's declared type is the collection type generated code builds, not an interface of it.</summary>
    private static bool IsConcrete(DataMember member) => member.Type.TrimEnd('?') == member.Value.CollectionType;

    /// <summary>
    /// The type part of <c>new E[length]</c>: for an element that is itself an array (<c>int[]</c>) the length goes
    /// in the first brackets outside any type argument list (<c>int[length][]</c>).
    /// </summary>
    private static string ArrayOf(string element, string length)
    {
        int depth = 0;
        for (int i = 0; i < element.Length; i++)
        {
            char c = element[i];
            if (c == '<')
            {
                depth++;
            }
            else if (c == '>')
            {
                depth--;
            }
            else if (c == '[' && depth == 0)
            {
                return element.Substring(0, i) + "[" + length + "]" + element.Substring(i);
            }
        }

        return element + "[" + length + "]";
    }
}
