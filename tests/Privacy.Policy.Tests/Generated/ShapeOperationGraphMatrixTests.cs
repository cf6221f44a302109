using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using NodaTime;
using Privacy.Policy.Tests.Disclosure;
using Privacy.Policy.Tests.Domain;
using Xunit;

namespace Privacy.Policy.Tests.Generated;

/// <summary>
/// Issue 12's generator-level matrix, second slice: object graphs (cycles, a shared reference), each collection kind
/// the generator copies element by element, a struct nested in a class, a positional record overriding its base's
/// member and a primary constructor, crossed with every generated operation. Each shape names every place a canary
/// sits (by the path the reports use) and what each operation must do there; a cut back-reference must be absent.
/// </summary>
public sealed class ShapeOperationGraphMatrixTests
{
    private static readonly Canary EmailCanary = new("graph.canary31@canary-mail.nl", "g", "@canary-mail.nl");
    private static readonly Canary IbanCanary = new("NL02ABNA0123456789", "NL", "6789");
    private const string Note = "GRAPH-NOTE-8812";
    private const string InnerNote = "GRAPH-INNER-NOTE-4410";
    private static readonly Guid FirstKey = new("7d4c2a1e-0000-4000-8000-000000000031");
    private static readonly Guid SecondKey = new("7d4c2a1e-0000-4000-8000-000000000032");

    /// <summary>The contract ended a month before <see cref="DisclosurePolicies.Now"/>: the IBAN's seven years run.</summary>
    private static readonly Instant ContractEnded = Instant.FromUtc(2026, 10, 29, 11, 0);

    public enum Operation
    {
        ToString,
        Redact,
        Erase,
        ErasureReport,
        DiscloseSupport,
        Export,
        Descriptor,
    }

    private enum Kind
    {
        /// <summary>Masked by Redact, erased by Erase, sent for Support, exported.</summary>
        Email,

        /// <summary>Masked by Redact, kept by Erase (bookkeeping), withheld for Support, exported.</summary>
        Iban,

        /// <summary>Not personal data: kept by every copy, never exported.</summary>
        Note,
    }

    private static MatrixClass Contact() => new() { ContractEnded = ContractEnded, Email = EmailCanary.Value, Iban = IbanCanary.Value, Note = InnerNote };

    private static MatrixCycleCustomer CycleCustomer()
    {
        var customer = new MatrixCycleCustomer { ContractEnded = ContractEnded, Email = EmailCanary.Value, Note = Note };
        customer.Account = new MatrixCycleAccount { ContractEnded = ContractEnded, Iban = IbanCanary.Value, Owner = customer };
        return customer;
    }

    private static MatrixSelfReference SelfReference()
    {
        var person = new MatrixSelfReference { ContractEnded = ContractEnded, Email = EmailCanary.Value, Iban = IbanCanary.Value, Note = Note };
        person.Partner = person;
        return person;
    }

    private static MatrixShared Shared()
    {
        MatrixClass contact = Contact();
        return new MatrixShared { Billing = contact, Delivery = contact, Note = Note };
    }

    /// <summary>The e-mail, IBAN and inner note of a nested <see cref="MatrixClass"/> (or struct) under <paramref name="at"/>.</summary>
    private static IEnumerable<Slot<T>> Nested<T>(string path, Func<T, MatrixClass?> at) =>
    [
        new($"{path}.Email", value => at(value)?.Email, Kind.Email),
        new($"{path}.Iban", value => at(value)?.Iban, Kind.Iban),
        new($"{path}.Note", value => at(value)?.Note, Kind.Note, InnerNote),
    ];

    /// <summary>The same, for a nested <see cref="MatrixRecord"/>.</summary>
    private static IEnumerable<Slot<T>> RecordSlots<T>(string path, Func<T, MatrixRecord?> at) =>
    [
        new($"{path}.Email", value => at(value)?.Email, Kind.Email),
        new($"{path}.Iban", value => at(value)?.Iban, Kind.Iban),
        new($"{path}.Note", value => at(value)?.Note, Kind.Note, InnerNote),
    ];

    private static MatrixRecord RecordContact() => new() { ContractEnded = ContractEnded, Email = EmailCanary.Value, Iban = IbanCanary.Value, Note = InnerNote };

    private static MatrixStruct StructContact() => new() { ContractEnded = ContractEnded, Email = EmailCanary.Value, Iban = IbanCanary.Value, Note = InnerNote };

    /// <summary>The same, for a nested value of another type (a record, a struct), read through <paramref name="read"/>.</summary>
    private static IEnumerable<Slot<T>> Nested<T, TItem>(string path, Func<T, TItem?> at, Func<TItem, (string? Email, string? Iban, string? Note)> read)
        where TItem : struct =>
    [
        new($"{path}.Email", value => at(value) is { } item ? read(item).Email : null, Kind.Email),
        new($"{path}.Iban", value => at(value) is { } item ? read(item).Iban : null, Kind.Iban),
        new($"{path}.Note", value => at(value) is { } item ? read(item).Note : null, Kind.Note, InnerNote),
    ];

    private static IEnumerable<(string, string)> NestedExport(string path) => [($"{path}.Email", EmailCanary.Value), ($"{path}.Iban", IbanCanary.Value)];

    private static readonly IReadOnlyList<IShape> Shapes =
    [
        new Shape<MatrixPositionalOverride>("record deriving from a record, positional override")
        {
            Build = () => new(EmailCanary.Value, IbanCanary.Value, Note) { ContractEnded = ContractEnded },
            Slots = [new("Email", v => v.Email, Kind.Email), new("Iban", v => v.Iban, Kind.Iban), new("Note", v => v.Note, Kind.Note)],
            Descriptor = [("Email", Category.Contact), ("Iban", Category.Payment)],
            Erased = ["Email"],
            Retained = ["Iban"],
            Disclosed = ["Email"],
            Export = [("Email", EmailCanary.Value), ("Iban", IbanCanary.Value)],
            // Read through the base type too: the override is the member, never a second copy.
            Check = (original, copy, operation) => Assert.Equal(copy.Email, ((MatrixRecordBase)copy).Email),
        },
        new Shape<MatrixPrimaryConstructor>("primary constructor initialising properties")
        {
            Build = () => new(ContractEnded, EmailCanary.Value, IbanCanary.Value, Note),
            Slots = [new("Email", v => v.Email, Kind.Email), new("Iban", v => v.Iban, Kind.Iban), new("Note", v => v.Note, Kind.Note)],
            Descriptor = [("Email", Category.Contact), ("Iban", Category.Payment)],
            Erased = ["Email"],
            Retained = ["Iban"],
            Disclosed = ["Email"],
            Export = [("Email", EmailCanary.Value), ("Iban", IbanCanary.Value)],
        },
        new Shape<MatrixExternalWithOwn>("derived, other assembly, with a member of its own")
        {
            Build = () => new() { ContractEnded = ContractEnded, Email = EmailCanary.Value, Iban = IbanCanary.Value, WorkEmail = EmailCanary.Value, Note = Note },
            Slots = [new("Email", v => v.Email, Kind.Email), new("Iban", v => v.Iban, Kind.Iban), new("WorkEmail", v => v.WorkEmail, Kind.Email), new("Note", v => v.Note, Kind.Note)],
            Descriptor = [("Email", Category.Contact), ("Iban", Category.Payment), ("WorkEmail", Category.Contact)],
            Erased = ["Email", "WorkEmail"],
            Retained = ["Iban"],
            Disclosed = ["Email", "WorkEmail"],
            Export = [("Email", EmailCanary.Value), ("Iban", IbanCanary.Value), ("WorkEmail", EmailCanary.Value)],
        },
        new Shape<MatrixBase>("derived, through a base-typed reference")
        {
            Build = () => new MatrixDerived { ContractEnded = ContractEnded, Email = EmailCanary.Value, Iban = IbanCanary.Value, Note = Note },
            Slots = [new("Email", v => v.Email, Kind.Email), new("Iban", v => ((MatrixDerived)v).Iban, Kind.Iban), new("Note", v => ((MatrixDerived)v).Note, Kind.Note)],
            Descriptor = [("Email", Category.Contact)],
            Erased = ["Email"],
            Retained = ["Iban"],
            Disclosed = ["Email"],
            Export = [("Email", EmailCanary.Value), ("Iban", IbanCanary.Value)],
        },
        new Shape<MatrixSelfReference>("cycle: self-reference")
        {
            Build = SelfReference,
            Slots = [new("Email", v => v.Email, Kind.Email), new("Iban", v => v.Iban, Kind.Iban), new("Note", v => v.Note, Kind.Note)],
            Cuts = [v => v.Partner],
            Descriptor = [("Email", Category.Contact), ("Iban", Category.Payment), ("Partner", Category.Contact)],
            Erased = ["Email", "Partner"],
            Retained = ["Iban"],
            Disclosed = ["Email"],
            Export = [("Email", EmailCanary.Value), ("Iban", IbanCanary.Value), ("Partner.$backReference", "1")],
        },
        new Shape<MatrixCycleCustomer>("cycle: customer and account")
        {
            Build = CycleCustomer,
            Slots = [new("Email", v => v.Email, Kind.Email), new("Account.Iban", v => v.Account?.Iban, Kind.Iban), new("Note", v => v.Note, Kind.Note)],
            Cuts = [v => v.Account?.Owner],
            Descriptor = [("Account", Category.Payment), ("Email", Category.Contact)],
            Erased = ["Account.Owner", "Email"],
            Retained = ["Account.Iban"],
            Disclosed = ["Email"],
            Export = [("Account.Iban", IbanCanary.Value), ("Account.Owner.$backReference", "2"), ("Email", EmailCanary.Value)],
        },
        new Shape<MatrixShared>("shared reference")
        {
            Build = Shared,
            Slots = [.. Nested<MatrixShared>("Billing", v => v.Billing), .. Nested<MatrixShared>("Delivery", v => v.Delivery), new("Note", v => v.Note, Kind.Note)],
            Descriptor = [("Billing", Category.Contact), ("Delivery", Category.Contact)],
            Erased = ["Billing.Email", "Delivery.Email"],
            Retained = ["Billing.Iban", "Delivery.Iban"],
            Disclosed = ["Billing.Email", "Delivery.Email"],
            Export = [.. NestedExport("Billing"), .. NestedExport("Delivery")],
            // Redact copies a shared value once: both members of the copy point to the one redacted copy.
            Check = (original, copy, operation) =>
            {
                if (operation == Operation.Redact)
                {
                    Assert.Same(copy.Billing, copy.Delivery);
                    Assert.NotSame(original.Billing, copy.Billing);
                }
            },
        },
        new Shape<MatrixStructInClass>("struct nested in a class")
        {
            Build = () => new() { Contact = new() { ContractEnded = ContractEnded, Email = EmailCanary.Value, Iban = IbanCanary.Value, Note = InnerNote }, Note = Note },
            Slots = [new("Contact.Email", v => v.Contact.Email, Kind.Email), new("Contact.Iban", v => v.Contact.Iban, Kind.Iban), new("Contact.Note", v => v.Contact.Note, Kind.Note, InnerNote), new("Note", v => v.Note, Kind.Note)],
            Descriptor = [("Contact", Category.Contact)],
            Erased = ["Contact.Email"],
            Retained = ["Contact.Iban"],
            Disclosed = ["Contact.Email"],
            Export = NestedExport("Contact").ToArray(),
        },
        new Shape<MatrixArray>("collection: array")
        {
            Build = () => new() { Contacts = [Contact(), Contact()], Note = Note },
            Slots = [.. Nested<MatrixArray>("Contacts", v => v.Contacts.ElementAtOrDefault(0)), .. Nested<MatrixArray>("Contacts", v => v.Contacts.ElementAtOrDefault(1)), new("Note", v => v.Note, Kind.Note)],
            Count = v => v.Contacts.Length,
            Descriptor = [("Contacts", Category.Contact)],
            Erased = ["Contacts.Email"],
            Retained = ["Contacts.Iban"],
            Disclosed = ["Contacts.Email"],
            Export = [.. NestedExport("Contacts[0]"), .. NestedExport("Contacts[1]")],
        },
        new Shape<MatrixReadOnlyList>("collection: IReadOnlyList")
        {
            Build = () => new() { Contacts = [Contact(), Contact()], Note = Note },
            Slots = [.. Nested<MatrixReadOnlyList>("Contacts", v => v.Contacts.ElementAtOrDefault(0)), .. Nested<MatrixReadOnlyList>("Contacts", v => v.Contacts.ElementAtOrDefault(1)), new("Note", v => v.Note, Kind.Note)],
            Count = v => v.Contacts.Count,
            Descriptor = [("Contacts", Category.Contact)],
            Erased = ["Contacts.Email"],
            Retained = ["Contacts.Iban"],
            Disclosed = ["Contacts.Email"],
            Export = [.. NestedExport("Contacts[0]"), .. NestedExport("Contacts[1]")],
        },
        new Shape<MatrixRecordList>("collection: list of records")
        {
            Build = () => new() { Contacts = [RecordContact(), RecordContact()], Note = Note },
            Slots = [.. RecordSlots<MatrixRecordList>("Contacts", v => v.Contacts.ElementAtOrDefault(0)), .. RecordSlots<MatrixRecordList>("Contacts", v => v.Contacts.ElementAtOrDefault(1)), new("Note", v => v.Note, Kind.Note)],
            Count = v => v.Contacts.Count,
            Descriptor = [("Contacts", Category.Contact)],
            Erased = ["Contacts.Email"],
            Retained = ["Contacts.Iban"],
            Disclosed = ["Contacts.Email"],
            Export = [.. NestedExport("Contacts[0]"), .. NestedExport("Contacts[1]")],
        },
        new Shape<MatrixStructArray>("collection: array of structs")
        {
            Build = () => new() { Contacts = [StructContact(), StructContact()], Note = Note },
            Slots = [.. Nested<MatrixStructArray, MatrixStruct>("Contacts", v => v.Contacts.Length > 0 ? v.Contacts[0] : null, c => (c.Email, c.Iban, c.Note)), .. Nested<MatrixStructArray, MatrixStruct>("Contacts", v => v.Contacts.Length > 1 ? v.Contacts[1] : null, c => (c.Email, c.Iban, c.Note)), new("Note", v => v.Note, Kind.Note)],
            Count = v => v.Contacts.Length,
            Descriptor = [("Contacts", Category.Contact)],
            Erased = ["Contacts.Email"],
            Retained = ["Contacts.Iban"],
            Disclosed = ["Contacts.Email"],
            Export = [.. NestedExport("Contacts[0]"), .. NestedExport("Contacts[1]")],
        },
        new Shape<MatrixDictionary>("collection: dictionary value")
        {
            Build = () => new() { Contacts = new() { [31] = Contact(), [32] = Contact() }, Note = Note },
            Slots = [.. Nested<MatrixDictionary>("Contacts", v => v.Contacts.GetValueOrDefault(31)), .. Nested<MatrixDictionary>("Contacts", v => v.Contacts.GetValueOrDefault(32)), new("Note", v => v.Note, Kind.Note)],
            Count = v => v.Contacts.Count,
            Descriptor = [("Contacts", Category.Contact)],

            // Keyed by a line number, not personal data: each value is erased and disclosed by its own generated code,
            // so the IBAN under the bookkeeping obligation is kept (GDPR art. 17(3)(b)) and the keys stay.
            Erased = ["Contacts.Email"],
            Retained = ["Contacts.Iban"],
            Disclosed = ["Contacts.Email"],
            Export = [.. NestedExport("Contacts.31"), .. NestedExport("Contacts.32")],
            Check = (original, copy, operation) => Assert.Equal([31, 32], copy.Contacts.Keys.Order()),
        },
        new Shape<MatrixGuidDictionary>("collection: read-only dictionary value, Guid key")
        {
            Build = () => new() { Contacts = new Dictionary<Guid, MatrixRecord> { [FirstKey] = RecordContact(), [SecondKey] = RecordContact() }, Note = Note },
            Slots = [.. RecordSlots<MatrixGuidDictionary>("Contacts", v => v.Contacts.GetValueOrDefault(FirstKey)), .. RecordSlots<MatrixGuidDictionary>("Contacts", v => v.Contacts.GetValueOrDefault(SecondKey)), new("Note", v => v.Note, Kind.Note)],
            Count = v => v.Contacts.Count,
            Descriptor = [("Contacts", Category.Contact)],
            Erased = ["Contacts.Email"],
            Retained = ["Contacts.Iban"],
            Disclosed = ["Contacts.Email"],
            Export = [.. NestedExport($"Contacts.{FirstKey}"), .. NestedExport($"Contacts.{SecondKey}")],
            Check = (original, copy, operation) => Assert.Equal(original.Contacts.Keys.Order(), copy.Contacts.Keys.Order()),
        },
        new Shape<MatrixTextKeyedDictionary>("collection: dictionary value, text key")
        {
            Build = () => new() { Contacts = new() { ["line-31"] = Contact(), ["line-32"] = Contact() }, Note = Note },
            Slots = [.. Nested<MatrixTextKeyedDictionary>("Contacts", v => v.Contacts.GetValueOrDefault("line-31")), .. Nested<MatrixTextKeyedDictionary>("Contacts", v => v.Contacts.GetValueOrDefault("line-32")), new("Note", v => v.Note, Kind.Note)],
            Count = v => v.Contacts.Count,
            Descriptor = [("Contacts", Category.Contact)],

            // Documented (erasure.md, disclosure.md, PRIV016): a text key may be personal data, and an entry cannot
            // be kept without its key, so Erase and Disclose empty the dictionary whole.
            EmptiedWhole = true,
            Erased = ["Contacts"],
            Retained = [],
            Disclosed = [],
            Export = [.. NestedExport("Contacts.line-31"), .. NestedExport("Contacts.line-32")],
        },
    ];

    /// <summary>Cells that fail on a real product defect, left out of the data until it is fixed.</summary>
    private static readonly HashSet<(string Shape, Operation Operation)> KnownDefects = [];

    public static TheoryData<string, Operation> Cells()
    {
        var data = new TheoryData<string, Operation>();
        foreach (IShape shape in Shapes)
        {
            foreach (Operation operation in Enum.GetValues<Operation>())
            {
                if (!KnownDefects.Contains((shape.Name, operation)))
                {
                    data.Add(shape.Name, operation);
                }
            }
        }

        return data;
    }

    [Fact]
    public void The_matrix_covers_every_shape_with_every_operation()
    {
        Assert.Equal(Shapes.Count * Enum.GetValues<Operation>().Length - KnownDefects.Count, Cells().Count);
        Assert.Equal(Shapes.Count, Shapes.Select(shape => shape.Name).Distinct().Count());
        Assert.All(KnownDefects, defect => Assert.Contains(Shapes, shape => shape.Name == defect.Shape));
    }

    [Theory]
    [MemberData(nameof(Cells))]
    public Task Each_operation_handles_each_member_of_each_shape_exactly(string shape, Operation operation)
        => Shapes.Single(candidate => candidate.Name == shape).RunAsync(operation);

    /// <summary>The names of the shapes, for the coverage test that checks issue 12's list of shapes.</summary>
    internal static IEnumerable<string> ShapeNames => Shapes.Select(shape => shape.Name);

    private interface IShape
    {
        string Name { get; }

        Task RunAsync(Operation operation);
    }

    /// <summary>One place a canary sits: its path as the reports name it, how to read it, what it is.</summary>
    private sealed record Slot<T>(string Path, Func<T, string?> Read, Kind Kind, string? Expected = null)
    {
        public string Value => Expected ?? Kind switch
        {
            Kind.Email => EmailCanary.Value,
            Kind.Iban => IbanCanary.Value,
            _ => Note,
        };
    }

    private sealed class Shape<T>(string name) : IShape
        where T : IPersonalData<T>
    {
        public string Name => name;

        public required Func<T> Build { get; init; }

        public required IReadOnlyList<Slot<T>> Slots { get; init; }

        /// <summary>Back-references: in the original, and cut (<c>null</c>) in every copy.</summary>
        public IReadOnlyList<Func<T, object?>> Cuts { get; init; } = [];

        /// <summary>Whether Erase and Disclose empty the shape's collection whole (a dictionary keyed by text).</summary>
        public bool EmptiedWhole { get; init; }

        /// <summary>How many elements a collection shape holds: every copy keeps them all, unless emptied whole.</summary>
        public Func<T, int>? Count { get; init; }

        public required IReadOnlyList<(string Name, Category Category)> Descriptor { get; init; }

        public required IReadOnlyList<string> Erased { get; init; }

        public required IReadOnlyList<string> Retained { get; init; }

        public required IReadOnlyList<string> Disclosed { get; init; }

        /// <summary>Every leaf of the exported record's values, by JSON path: nothing else may be written.</summary>
        public required IReadOnlyList<(string Path, string Value)> Export { get; init; }

        public Action<T, T, Operation>? Check { get; init; }

        private void AssertCopy(T original, T copy, Operation operation, Func<Slot<T>, string?> expected)
        {
            bool emptied = EmptiedWhole && operation is Operation.Erase or Operation.DiscloseSupport;
            if (emptied)
            {
                Func<Slot<T>, string?> inner = expected;
                expected = slot => slot.Path.Contains('.', StringComparison.Ordinal) ? null : inner(slot);
            }

            foreach (Slot<T> slot in Slots)
            {
                Assert.True(expected(slot) == slot.Read(copy), $"{name}: {operation} of {slot.Path}: expected '{expected(slot)}', got '{slot.Read(copy)}'");
                Assert.Equal(slot.Value, slot.Read(original));
            }

            foreach (Func<T, object?> cut in Cuts)
            {
                Assert.NotNull(cut(original));
                Assert.Null(cut(copy));
            }

            if (Count is not null)
            {
                Assert.Equal(emptied ? 0 : Count(original), Count(copy));
            }

            Check?.Invoke(original, copy, operation);
        }

        private static IEnumerable<string> Sorted(IEnumerable<string> names) => names.Order(StringComparer.Ordinal);

        public async Task RunAsync(Operation operation)
        {
            T original = Build();
            (IPrivacyPolicy policy, RecordingAuditSink audit) = DisclosurePolicies.Create();
            switch (operation)
            {
                case Operation.ToString:
                    Canary.AssertNoneIn(original.ToString() ?? string.Empty, [EmailCanary, IbanCanary], $"{name}: ToString()");
                    break;

                case Operation.Redact:
                {
                    T redacted = policy.Redact(original);
                    Canary.AssertNoneIn(CanaryTests.Dump(redacted), [EmailCanary, IbanCanary], $"{name}: Redact");
                    foreach (Slot<T> slot in Slots.Where(slot => slot.Kind != Kind.Note))
                    {
                        Assert.False(string.IsNullOrEmpty(slot.Read(redacted)), $"{name}: Redact of {slot.Path} is masked, not erased");
                    }

                    AssertCopy(original, redacted, operation, slot => slot.Kind == Kind.Note ? slot.Value : slot.Read(redacted));
                    break;
                }

                case Operation.Erase:
                {
                    ErasureResult<T> result = policy.Erase(original);
                    AssertCopy(original, result.Value, operation, slot => slot.Kind == Kind.Email ? string.Empty : slot.Value);
                    break;
                }

                case Operation.ErasureReport:
                {
                    ErasureResult<T> result = policy.Erase(original);
                    Assert.Equal(Sorted(Erased), Sorted(result.Erased));
                    Assert.Equal(Sorted(Retained), Sorted(result.Retained.Select(member => member.Member)));
                    Assert.All(result.Retained, member => Assert.Equal((Purpose.Bookkeeping, LegalBasis.LegalObligation), (member.Purpose, member.LegalBasis)));
                    break;
                }

                case Operation.DiscloseSupport:
                {
                    T disclosed = policy.Disclose(original, DisclosurePolicies.RepairService, Purpose.Support);
                    AssertCopy(original, disclosed, operation, slot => slot.Kind == Kind.Iban ? string.Empty : slot.Value);
                    Assert.Equal(Sorted(Disclosed), Sorted(Assert.Single(audit.Records).Members));
                    break;
                }

                case Operation.Export:
                {
                    using var stream = new MemoryStream();
                    await using (SubjectAccessExport export = policy.BeginExport(stream, "C-1"))
                    {
                        export.Add([original]);
                        await export.CompleteAsync();
                    }

                    string json = Encoding.UTF8.GetString(stream.ToArray());
                    using JsonDocument document = JsonDocument.Parse(json);
                    JsonElement recordType = Assert.Single(document.RootElement.GetProperty("recordTypes").EnumerateArray());
                    JsonElement values = Assert.Single(recordType.GetProperty("records").EnumerateArray()).GetProperty("values");
                    var leaves = new List<(string, string)>();
                    Flatten(values, string.Empty, leaves);
                    Assert.Equal(Export.OrderBy(leaf => leaf.Path, StringComparer.Ordinal), leaves.OrderBy(leaf => leaf.Item1, StringComparer.Ordinal));
                    Assert.DoesNotContain(Note, json, StringComparison.Ordinal);
                    Assert.DoesNotContain(InnerNote, json, StringComparison.Ordinal);
                    break;
                }

                case Operation.Descriptor:
                    Assert.Equal(
                        Descriptor.OrderBy(member => member.Name, StringComparer.Ordinal),
                        T.Descriptor.Members.Select(member => (member.Name, member.Category)).OrderBy(member => member.Name, StringComparer.Ordinal));
                    Assert.Empty(T.Descriptor.UnclassifiedMembers);
                    break;

                default:
                    throw new ArgumentOutOfRangeException(nameof(operation), operation, "No such operation.");
            }
        }

        private static void Flatten(JsonElement element, string path, List<(string, string)> leaves)
        {
            string Join(string name) => path.Length == 0 ? name : $"{path}.{name}";
            switch (element.ValueKind)
            {
                case JsonValueKind.Object:
                    foreach (JsonProperty property in element.EnumerateObject())
                    {
                        Flatten(property.Value, Join(property.Name), leaves);
                    }

                    break;
                case JsonValueKind.Array:
                    int index = 0;
                    foreach (JsonElement item in element.EnumerateArray())
                    {
                        Flatten(item, $"{path}[{index++}]", leaves);
                    }

                    break;
                case JsonValueKind.String:
                    leaves.Add((path, element.GetString()!));
                    break;
                default:
                    leaves.Add((path, element.GetRawText()));
                    break;
            }
        }
    }
}
