using Privacy.Policy.Generators.Model;

namespace Privacy.Policy.Generators.Emitting;

/// <summary>
/// The expression that redacts or erases one element: a single member's value, or one item of a collection. The
/// copy, <c>ToString</c> and the tag provider all mask an element this way.
/// </summary>
internal static class ElementEmitter
{
    /// <summary>The element redacted, as <c>ToString</c> and the tag provider show it.</summary>
    public static string Expression(DataMember member, string access) => Expression(member, access, CopyOperation.Redact);

    public static string Expression(DataMember member, string access, CopyOperation op)
    {
        ValueShape value = member.Value;
        bool nullableReference = value.ElementIsReference && value.ElementType.EndsWith("?");
        string bang = value.ElementIsReference && !nullableReference ? "!" : string.Empty;
        switch (op.KindOf(member))
        {
            case ElementKind.Text:
                return op.Text(member, access) + bang;
            case ElementKind.Timestamp:
                return MaskValue(value, access, $"{GeneratedNames.Runtime.ValueMasks}.TruncateToDay");
            case ElementKind.Coordinate:
                return MaskValue(value, access, $"{GeneratedNames.Runtime.ValueMasks}.RoundCoordinate");
            case ElementKind.IpAddress:
                return $"{GeneratedNames.Runtime.ValueMasks}.MaskNetwork({access}){bang}";
            case ElementKind.Nested:
                // redactor.Redact(value) infers the type, nullable type arguments and type parameters included; a
                // type that only inherits its personal data is redacted through its base and cast back.
                string bare = value.ElementType.TrimEnd('?');
                string Call(string argument) => value.NestedType is null
                    ? op.Call(op.NestedMethod, string.Empty, argument, member)
                    : $"({bare}){op.Call(op.NestedMethod, $"<{value.NestedType}>", argument, member)}";
                if (value.ElementIsNullableValue)
                {
                    return $"{access}.HasValue ? ({value.ElementType}){Call(access + ".GetValueOrDefault()")} : null";
                }

                return value.ElementIsReference
                    ? $"{access} is null ? default! : {Call(access)}"
                    : Call(access);
            case ElementKind.Neutral:
                return value.ElementIsReference ? "default!" : "default";
            case ElementKind.RuntimeChecked:
                // A personal-data value held as object, an interface or a base class goes through its own generated code.
                // A dynamic value is passed as object, so that no call is bound at run time.
                string method = op.RuntimeValueMethod;
                return value.ElementType.TrimEnd('?') == "dynamic"
                    ? op.Call(method, "<object?>", $"(object?){access}", member) + bang
                    : op.Call(method, string.Empty, access, member);
            default:
                return access;
        }
    }

    private static string MaskValue(ValueShape value, string access, string method)
        => value.ElementIsNullableValue
            ? $"{access}.HasValue ? ({value.ElementType}){method}({access}.GetValueOrDefault()) : null"
            : $"{method}({access})";
}
