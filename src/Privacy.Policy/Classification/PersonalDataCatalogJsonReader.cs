using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;

namespace Privacy.Policy.Classification;

/// <summary>
/// Reads the catalog format <see cref="PersonalDataCatalogJsonWriter"/> and the build write, with
/// <see cref="JsonDocument"/>: no reflection. Strict and fail closed: a wrong format or version, a missing required
/// property, an enum name this package does not know or a purpose that is not one is a <see cref="FormatException"/>
/// naming the JSON path (<c>$.types[3].members[0].category</c>), never the text found there.
/// </summary>
internal static class PersonalDataCatalogJsonReader
{
    /// <summary>The built-in purpose bits (0 to 8) and the company's own (16 to 30).</summary>
    private const int KnownPurposeBits = 0x1FF | 0x7FFF_0000;

    /// <summary>Reads <paramref name="json"/>.</summary>
    /// <exception cref="FormatException">It is not a catalog this package reads.</exception>
    public static PersonalDataCatalog Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException exception)
        {
            // The parser's message names a line and position, not the text there.
            throw new FormatException($"The catalog is not valid JSON (line {exception.LineNumber + 1}, position {exception.BytePositionInLine + 1}).", exception);
        }

        using (document)
        {
            JsonElement root = document.RootElement;
            RequireKind(root, JsonValueKind.Object, "$");
            if (String(root, "format", "$") != PersonalDataCatalog.FormatName)
            {
                throw new FormatException($"$.format is not '{PersonalDataCatalog.FormatName}': the file is not a Privacy.Policy catalog.");
            }

            JsonElement version = Required(root, "version", "$");
            if (version.ValueKind != JsonValueKind.Number || !version.TryGetInt32(out int number) || number != PersonalDataCatalog.FormatVersion)
            {
                throw new FormatException($"$.version is not {PersonalDataCatalog.FormatVersion}: this package reads version {PersonalDataCatalog.FormatVersion} of the catalog format only.");
            }

            string assembly = String(root, "assembly", "$");
            if (assembly.Length == 0)
            {
                throw new FormatException("$.assembly is empty.");
            }

            PurposeDeclaration[] declarations = root.TryGetProperty("declarations", out JsonElement declared)
                ? Declarations(declared, "$.declarations")
                : [];

            JsonElement types = Required(root, "types", "$");
            RequireKind(types, JsonValueKind.Array, "$.types");
            var descriptors = new PersonalDataDescriptor[types.GetArrayLength()];
            int index = 0;
            foreach (JsonElement type in types.EnumerateArray())
            {
                descriptors[index] = Descriptor(type, $"$.types[{index}]");
                index++;
            }

            return new PersonalDataCatalog(assembly, descriptors) { Declarations = declarations };
        }
    }

    private static PersonalDataDescriptor Descriptor(JsonElement type, string path)
    {
        RequireKind(type, JsonValueKind.Object, path);
        string typeName = NonEmpty(type, "type", path);
        ServiceArea? area = Wording(type, "serviceArea", path) is { } areaText ? Build(() => new ServiceArea(areaText.Dutch, areaText.English), path + ".serviceArea") : null;
        RetentionAnchorText? anchorText = Wording(type, "retentionAnchorText", path) is { } text ? Build(() => new RetentionAnchorText(text.Dutch, text.English), path + ".retentionAnchorText") : null;
        RetentionStart start = OptionalEnum(type, "retentionStart", path, RetentionStart.AtAnchor);

        string[] unclassified = [];
        if (type.TryGetProperty("unclassifiedMembers", out JsonElement names))
        {
            RequireKind(names, JsonValueKind.Array, path + ".unclassifiedMembers");
            unclassified = new string[names.GetArrayLength()];
            int i = 0;
            foreach (JsonElement name in names.EnumerateArray())
            {
                string at = $"{path}.unclassifiedMembers[{i}]";
                RequireKind(name, JsonValueKind.String, at);
                unclassified[i++] = name.GetString()!;
            }
        }

        JsonElement members = Required(type, "members", path);
        RequireKind(members, JsonValueKind.Array, path + ".members");
        var read = new PersonalDataMember[members.GetArrayLength()];
        int index = 0;
        foreach (JsonElement member in members.EnumerateArray())
        {
            read[index] = Member(member, $"{path}.members[{index}]");
            index++;
        }

        return new PersonalDataDescriptor(
            typeName,
            read,
            OptionalString(type, "dataSubjectMember", path),
            OptionalString(type, "retentionAnchorMember", path),
            start,
            area,
            anchorText,
            unclassified);
    }

    private static PersonalDataMember Member(JsonElement member, string path)
    {
        RequireKind(member, JsonValueKind.Object, path);
        string name = NonEmpty(member, "name", path);
        Category category = RequiredEnum<Category>(member, "category", path);
        Purpose purposes = Purposes(Required(member, "purposes", path), path + ".purposes");
        string? retention = OptionalString(member, "retention", path);
        DataFormat format = RequiredEnum<DataFormat>(member, "format", path);
        RedactionKind redaction = RequiredEnum<RedactionKind>(member, "redaction", path);
        JsonElement exportable = Required(member, "exportable", path);
        if (exportable.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
        {
            throw new FormatException($"{path}.exportable is not true or false.");
        }

        string? retentionFrom = OptionalString(member, "retentionFrom", path);
        RetentionStart fromStart = OptionalEnum(member, "retentionFromStart", path, RetentionStart.AtAnchor);
        RetentionAnchorText? fromText = Wording(member, "retentionFromText", path) is { } text ? Build(() => new RetentionAnchorText(text.Dutch, text.English), path + ".retentionFromText") : null;
        PurposeDeclaration[] declarations = Declarations(Required(member, "declarations", path), path + ".declarations");

        return Build(
            () => new PersonalDataMember(name, category, purposes, retention, format, redaction, exportable.GetBoolean())
            {
                RetentionFrom = retentionFrom,
                RetentionFromStart = fromStart,
                RetentionFromText = fromText,
                Declarations = declarations,
            },
            path);
    }

    private static PurposeDeclaration[] Declarations(JsonElement declarations, string path)
    {
        RequireKind(declarations, JsonValueKind.Array, path);
        var read = new PurposeDeclaration[declarations.GetArrayLength()];
        int index = 0;
        foreach (JsonElement declaration in declarations.EnumerateArray())
        {
            string at = $"{path}[{index}]";
            RequireKind(declaration, JsonValueKind.Object, at);
            Purpose purpose = Purposes(Required(declaration, "purpose", at), at + ".purpose");
            if (purpose == Purpose.None || (purpose & (purpose - 1)) != 0)
            {
                throw new FormatException($"{at}.purpose is not exactly one purpose flag.");
            }

            string name = NonEmpty(declaration, "name", at);
            LegalBasis basis = RequiredEnum<LegalBasis>(declaration, "legalBasis", at);
            read[index++] = new PurposeDeclaration(purpose, name, basis)
            {
                Interest = OptionalString(declaration, "interest", at),
                EnglishInterest = OptionalString(declaration, "englishInterest", at),
                Dutch = OptionalString(declaration, "dutch", at),
                English = OptionalString(declaration, "english", at),
                Requirement = OptionalEnum(declaration, "requirement", at, default(ProvisionRequirement)),
            };
        }

        return read;
    }

    /// <summary>Purposes as their integer flags: built-in bits and the company's own, nothing else.</summary>
    private static Purpose Purposes(JsonElement value, string path)
    {
        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt32(out int flags) || flags < 0 || (flags & ~KnownPurposeBits) != 0)
        {
            throw new FormatException($"{path} is not a purpose: an integer of built-in purpose flags (bits 0 to 8) and company purpose flags (bits 16 to 30).");
        }

        return (Purpose)flags;
    }

    private static (string Dutch, string English)? Wording(JsonElement element, string property, string path)
    {
        if (!element.TryGetProperty(property, out JsonElement wording))
        {
            return null;
        }

        string at = path + "." + property;
        RequireKind(wording, JsonValueKind.Object, at);
        return (String(wording, "dutch", at), String(wording, "english", at));
    }

    private static TEnum RequiredEnum<TEnum>(JsonElement element, string property, string path)
        where TEnum : struct, Enum
        => ParseEnum<TEnum>(Required(element, property, path), path + "." + property);

    private static TEnum OptionalEnum<TEnum>(JsonElement element, string property, string path, TEnum fallback)
        where TEnum : struct, Enum
        => element.TryGetProperty(property, out JsonElement value) ? ParseEnum<TEnum>(value, path + "." + property) : fallback;

    /// <summary>An enum member by its exact name; numbers, other casing and combinations are refused.</summary>
    private static TEnum ParseEnum<TEnum>(JsonElement value, string path)
        where TEnum : struct, Enum
    {
        string? text = value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        if (text is { Length: > 0 } && char.IsLetter(text[0]) && Enum.TryParse(text, ignoreCase: false, out TEnum parsed)
            && Enum.IsDefined(parsed) && Enum.GetName(parsed) == text)
        {
            return parsed;
        }

        throw new FormatException($"{path} is not a {typeof(TEnum).Name} this package knows.");
    }

    private static string NonEmpty(JsonElement element, string property, string path)
    {
        string text = String(element, property, path);
        return text.Length > 0 ? text : throw new FormatException($"{path}.{property} is empty.");
    }

    private static string String(JsonElement element, string property, string path)
    {
        JsonElement value = Required(element, property, path);
        RequireKind(value, JsonValueKind.String, path + "." + property);
        return value.GetString()!;
    }

    private static string? OptionalString(JsonElement element, string property, string path)
    {
        if (!element.TryGetProperty(property, out JsonElement value))
        {
            return null;
        }

        RequireKind(value, JsonValueKind.String, path + "." + property);
        return value.GetString();
    }

    private static JsonElement Required(JsonElement element, string property, string path)
        => element.TryGetProperty(property, out JsonElement value)
            ? value
            : throw new FormatException($"{path}.{property} is missing.");

    private static void RequireKind(JsonElement element, JsonValueKind kind, string path)
    {
        if (element.ValueKind != kind)
        {
            throw new FormatException($"{path} is not {Article(kind)}.");
        }
    }

    private static string Article(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        _ => kind.ToString().ToLower(CultureInfo.InvariantCulture),
    };

    /// <summary>Builds a part of the catalog, turning a constructor's refusal into a <see cref="FormatException"/> naming <paramref name="path"/>.</summary>
    private static T Build<T>(Func<T> create, string path)
    {
        try
        {
            return create();
        }
        catch (ArgumentException exception)
        {
            throw new FormatException($"{path} does not describe a valid catalog entry: {exception.GetType().Name}.", exception);
        }
    }
}
