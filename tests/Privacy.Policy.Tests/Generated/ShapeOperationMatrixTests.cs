using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using NodaTime;
using Privacy.Policy.Tests.Disclosure;
using Privacy.Policy.Tests.Domain;
using Xunit;

namespace Privacy.Policy.Tests.Generated;

/// <summary>
/// Issue 12's generator-level matrix, first slice: every shape crossed with every generated operation, asserting per
/// member what the operation does with a canary: handled exactly (kept, erased, masked, sent) or provably absent.
/// Adding a shape is one line in <see cref="Shapes"/>.
/// </summary>
public sealed class ShapeOperationMatrixTests
{
    private static readonly Canary Email = new("matrix.canary77@canary-mail.nl", "m", "@canary-mail.nl");
    private static readonly Canary Iban = new("NL91ABNA0417164300", "NL", "4300");
    private const string Note = "MATRIX-NOTE-5521";

    /// <summary>The contract ended a month before <see cref="DisclosurePolicies.Now"/>: the IBAN's seven years run.</summary>
    private static readonly Instant ContractEnded = Instant.FromUtc(2026, 10, 29, 11, 0);

    /// <summary>The shapes, each built with the three canaries; the operations each cell runs on it.</summary>
    private static readonly IReadOnlyList<IShape> Shapes =
    [
        Shape<MatrixRecord>.Of("record class", () => new() { ContractEnded = ContractEnded, Email = Email.Value, Iban = Iban.Value, Note = Note }, v => v.Email, v => v.Iban, v => v.Note),
        Shape<MatrixClass>.Of("class", () => new() { ContractEnded = ContractEnded, Email = Email.Value, Iban = Iban.Value, Note = Note }, v => v.Email, v => v.Iban, v => v.Note),
        Shape<MatrixStruct>.Of("struct", () => new() { ContractEnded = ContractEnded, Email = Email.Value, Iban = Iban.Value, Note = Note }, v => v.Email, v => v.Iban, v => v.Note),
        Shape<MatrixRecordStruct>.Of("record struct", () => new() { ContractEnded = ContractEnded, Email = Email.Value, Iban = Iban.Value, Note = Note }, v => v.Email, v => v.Iban, v => v.Note),
        Shape<MatrixDerived>.Of("derived, same assembly", () => new() { ContractEnded = ContractEnded, Email = Email.Value, Iban = Iban.Value, Note = Note }, v => v.Email, v => v.Iban, v => v.Note),
        Shape<MatrixOverride>.Of("derived, stored override", () => new() { ContractEnded = ContractEnded, Email = Email.Value, Iban = Iban.Value, Note = Note }, v => v.Email, v => v.Iban, v => v.Note),
        Shape<MatrixField>.Of("public field", () => new() { ContractEnded = ContractEnded, Email = Email.Value, Iban = Iban.Value, Note = Note }, v => v.Email, v => v.Iban, v => v.Note),
        Shape<MatrixCollection>.Of("collection member", () => new() { Contacts = [Contact()], Note = Note }, v => v.Contacts[0].Email, v => v.Contacts[0].Iban, v => v.Note, container: "Contacts"),
        Shape<MatrixNested>.Of("nested member", () => new() { Contact = Contact(), Note = Note }, v => v.Contact!.Email, v => v.Contact!.Iban, v => v.Note, container: "Contact"),
        Shape<MatrixPositional>.Of("positional record", () => new(Email.Value, Iban.Value, Note) { ContractEnded = ContractEnded }, v => v.Email, v => v.Iban, v => v.Note),
        Shape<MatrixPartial>.Of("partial property", () => new() { ContractEnded = ContractEnded, Email = Email.Value, Iban = Iban.Value, Note = Note }, v => v.Email, v => v.Iban, v => v.Note),
        Shape<MatrixExternal>.Of("derived, other assembly", () => new() { ContractEnded = ContractEnded, Email = Email.Value, Iban = Iban.Value, Note = Note }, v => v.Email, v => v.Iban, v => v.Note),
    ];

    private static MatrixClass Contact() => new() { ContractEnded = ContractEnded, Email = Email.Value, Iban = Iban.Value, Note = "MATRIX-INNER-NOTE" };

    public enum Operation
    {
        ToString,
        Redact,
        Erase,
        DiscloseSupport,
        Export,
        Descriptor,
    }

    public static TheoryData<string, Operation> Cells()
    {
        var data = new TheoryData<string, Operation>();
        foreach (IShape shape in Shapes)
        {
            foreach (Operation operation in Enum.GetValues<Operation>())
            {
                data.Add(shape.Name, operation);
            }
        }

        return data;
    }

    [Fact]
    public void The_matrix_covers_every_shape_with_every_operation()
    {
        Assert.Equal(Shapes.Count * Enum.GetValues<Operation>().Length, Cells().Count);
        Assert.Equal(Shapes.Count, Shapes.Select(shape => shape.Name).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Cells))]
    public Task Each_operation_handles_each_member_of_each_shape_exactly(string shape, Operation operation)
        => Shapes.Single(candidate => candidate.Name == shape).RunAsync(operation);

    private interface IShape
    {
        string Name { get; }

        Task RunAsync(Operation operation);
    }

    /// <summary>
    /// A shape: how to build it with the canaries and read the three members back. When <paramref name="container"/>
    /// is set, the e-mail and the IBAN sit in a nested value (or a collection of them) under that member, and the
    /// operations name them by path ("Contact.Email").
    /// </summary>
    private sealed class Shape<T>(string name, Func<T> build, Func<T, string> email, Func<T, string> iban, Func<T, string> note, string? container) : IShape
        where T : IPersonalData<T>
    {
        public string Name => name;

        public static Shape<T> Of(string name, Func<T> build, Func<T, string> email, Func<T, string> iban, Func<T, string> note, string? container = null)
            => new(name, build, email, iban, note, container);

        private string Path(string member) => container is null ? member : $"{container}.{member}";

        public async Task RunAsync(Operation operation)
        {
            T original = build();
            (IPrivacyPolicy policy, RecordingAuditSink audit) = DisclosurePolicies.Create();
            switch (operation)
            {
                case Operation.ToString:
                {
                    string text = original.ToString() ?? string.Empty;
                    Canary.AssertNoneIn(text, [Email, Iban], $"{name}: ToString()");
                    break;
                }

                case Operation.Redact:
                {
                    T redacted = policy.Redact(original);
                    Canary.AssertNoneIn(CanaryTests.Dump(redacted), [Email, Iban], $"{name}: Redact");
                    Assert.NotEqual(string.Empty, email(redacted));
                    Assert.Equal(Note, note(redacted));
                    Assert.Equal(Email.Value, email(original));
                    break;
                }

                case Operation.Erase:
                {
                    ErasureResult<T> result = policy.Erase(original);
                    Assert.Equal(string.Empty, email(result.Value));
                    Assert.Equal(Iban.Value, iban(result.Value));
                    Assert.Equal(Note, note(result.Value));
                    RetainedMember retained = Assert.Single(result.Retained);
                    Assert.Equal(Path("Iban"), retained.Member);
                    Assert.Equal(Purpose.Bookkeeping, retained.Purpose);
                    Assert.Equal(LegalBasis.LegalObligation, retained.LegalBasis);
                    Assert.Equal([Path("Email")], result.Erased);
                    break;
                }

                case Operation.DiscloseSupport:
                {
                    T disclosed = policy.Disclose(original, DisclosurePolicies.RepairService, Purpose.Support);
                    Assert.Equal(Email.Value, email(disclosed));
                    Assert.Equal(string.Empty, iban(disclosed));
                    Assert.Equal(Note, note(disclosed));
                    Assert.Equal([Path("Email")], Assert.Single(audit.Records).Members);
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

                    using JsonDocument document = JsonDocument.Parse(stream.ToArray());
                    JsonElement recordType = Assert.Single(document.RootElement.GetProperty("recordTypes").EnumerateArray());
                    JsonElement values = Assert.Single(recordType.GetProperty("records").EnumerateArray()).GetProperty("values");
                    if (container is not null)
                    {
                        JsonProperty nested = Assert.Single(values.EnumerateObject());
                        Assert.Equal(container, nested.Name);
                        values = nested.Value.ValueKind == JsonValueKind.Array ? Assert.Single(nested.Value.EnumerateArray()) : nested.Value;
                    }

                    Assert.Equal(
                        [("Email", Email.Value), ("Iban", Iban.Value)],
                        values.EnumerateObject().Select(member => (member.Name, member.Value.GetString())).OrderBy(member => member.Name, StringComparer.Ordinal));
                    Assert.DoesNotContain(Note, System.Text.Encoding.UTF8.GetString(stream.ToArray()), StringComparison.Ordinal);
                    break;
                }

                case Operation.Descriptor:
                {
                    Assert.Equal(
                        container is null ? [("Email", Category.Contact), ("Iban", Category.Payment)] : [(container, Category.Contact)],
                        T.Descriptor.Members.Select(member => (member.Name, member.Category)).OrderBy(member => member.Name, StringComparer.Ordinal));
                    Assert.Empty(T.Descriptor.UnclassifiedMembers);
                    break;
                }

                default:
                    throw new ArgumentOutOfRangeException(nameof(operation), operation, "No such operation.");
            }
        }
    }
}
