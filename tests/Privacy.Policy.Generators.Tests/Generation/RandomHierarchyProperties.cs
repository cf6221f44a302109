using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Microsoft.CodeAnalysis;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;

namespace Privacy.Policy.Generators.Tests.Generation;

/// <summary>
/// Issue 12: random type hierarchies (a chain of one to three classes or records; auto-properties, public fields,
/// virtual members with stored overrides in derived types, [NotPersonalData] notes; a nested personal-data value or a
/// list of them) are generated for, compiled and run. Every member carries a canary of its own, and each operation is
/// checked per member against the most derived declaration's classification: ToString and Redact never show a
/// personal canary, Disclose sends exactly the members whose purposes match, Erase reports each path erased (value
/// gone) or retained (value kept) and never both, and the export writes each member once. The operations are called
/// through a random type of the chain, so a base-typed call must decide as the value's own type.
/// </summary>
public sealed class RandomHierarchyProperties
{
    private const int HierarchiesPerCompilation = 8;
    private const string Recipient = "Partner BV";

    /// <summary>The contract ended a month ago: a seven-year bookkeeping obligation runs, nothing else is kept.</summary>
    private static readonly Instant Now = Instant.FromUtc(2026, 11, 29, 11, 0);
    private static readonly Instant Anchor = Instant.FromUtc(2026, 10, 29, 11, 0);

    private enum Combo
    {
        Email,
        Iban,
        Phone,
        Name,
        NotPersonal,
    }

    private enum Storage
    {
        AutoProperty,
        Field,
        Virtual,
    }

    private enum Nesting
    {
        None,
        Single,
        List,
    }

    private sealed record Member(string Name, Storage Storage, Combo Combo);

    private sealed record Level(List<Member> Own, List<Member> Overrides);

    private sealed record Hierarchy(int Id, bool IsRecord, List<Level> Chain, Nesting Nesting, int StaticLevel, Purpose Purpose)
    {
        public string TypeName(int level) => $"H{Id}.T{level}";

        public string Leaf => TypeName(Chain.Count - 1);

        public string NestedName => Nesting == Nesting.List ? "Inners" : "Inner";

        /// <summary>Each member name with the classification of its most derived declaration.</summary>
        public Dictionary<string, Combo> Effective()
        {
            var effective = new Dictionary<string, Combo>();
            foreach (Level level in Chain)
            {
                foreach (Member member in level.Own.Concat(level.Overrides))
                {
                    effective[member.Name] = member.Combo;
                }
            }

            return effective;
        }

        public string Canary(string member, Combo combo)
        {
            int n = (Id * 100) + Math.Abs(StringComparer.Ordinal.GetHashCode(member) % 97);
            return combo switch
            {
                Combo.Email => $"canary{Id}{member.ToLowerInvariant()}@canary-mail.nl",
                Combo.Iban => $"NL91ABNA{Id:D4}{n:D6}",
                Combo.Phone => $"06{Id:D4}{n % 10000:D4}",
                Combo.Name => $"Canary{Id} Zeta{member}",
                _ => $"NOTE-{Id}-{member}",
            };
        }
    }

    private static readonly Gen<Hierarchy> Hierarchies =
        Gen.Choose(1, 3).SelectMany(depth =>
            Gen.Zip(Gen.Elements(true, false), Gen.Choose(0, int.MaxValue - 1)).SelectMany(kind =>
                Gen.Zip(Gen.Zip(Gen.Elements(Nesting.None, Nesting.Single, Nesting.List), Gen.Choose(0, depth - 1)), Gen.Elements(Purpose.Support, Purpose.Billing))
                    .Select(rest => Build(depth, kind.Item1, kind.Item2, rest.Item1.Item1, rest.Item1.Item2, rest.Item2))));

    /// <summary>The members of each level, drawn from <paramref name="seed"/> once the shape is chosen.</summary>
    private static Hierarchy Build(int depth, bool isRecord, int seed, Nesting nesting, int staticLevel, Purpose purpose)
    {
        var random = new Random(seed);
        var chain = new List<Level>();
        var virtuals = new List<string>();
        for (int level = 0; level < depth; level++)
        {
            bool leaf = level == depth - 1;
            var own = new List<Member>();
            int count = random.Next(1, 4);
            for (int i = 0; i < count; i++)
            {
                var storage = (Storage)random.Next(leaf ? 2 : 3);
                var combo = (Combo)random.Next(5);
                if (level == 0 && i == 0 && combo == Combo.NotPersonal)
                {
                    combo = Combo.Email; // the root holds personal data, so the chain is generated for
                }

                own.Add(new Member($"M{level}x{i}", storage, combo));
            }

            var overrides = new List<Member>();
            foreach (string name in virtuals)
            {
                if (random.Next(2) == 0)
                {
                    overrides.Add(new Member(name, Storage.Virtual, (Combo)random.Next(5)));
                }
            }

            chain.Add(new Level(own, overrides));
            virtuals.AddRange(own.Where(member => member.Storage == Storage.Virtual).Select(member => member.Name));
        }

        return new Hierarchy(0, isRecord, chain, nesting, staticLevel, purpose);
    }

    [Property(MaxTest = 5)]
    public Property Every_operation_handles_every_member_of_random_hierarchies_exactly()
        => Prop.ForAll(Hierarchies.ArrayOf(HierarchiesPerCompilation).ToArbitrary(), drawn =>
        {
            Hierarchy[] hierarchies = drawn.Select((hierarchy, index) => hierarchy with { Id = index + 1 }).ToArray();
            string source = Source(hierarchies);
            Assembly assembly = CompileAndLoad(source);
            var failures = new List<string>();
            foreach (Hierarchy hierarchy in hierarchies)
            {
                try
                {
                    Check(hierarchy, assembly, failures).GetAwaiter().GetResult();
                }
                catch (Exception exception) when (exception is not OutOfMemoryException)
                {
                    failures.Add($"H{hierarchy.Id}: {exception.GetBaseException().Message}");
                }
            }

            return (failures.Count == 0).Label(string.Join(Environment.NewLine, failures) + Environment.NewLine + source);
        });

    private static string Source(IEnumerable<Hierarchy> hierarchies)
    {
        var source = new StringBuilder("using System.Collections.Generic;\nusing NodaTime;\nusing Privacy.Policy;\n\n");
        foreach (Hierarchy hierarchy in hierarchies)
        {
            source.Append("namespace H").Append(hierarchy.Id).Append("\n{\n");
            string keyword = hierarchy.IsRecord ? "record" : "class";
            if (hierarchy.Nesting != Nesting.None)
            {
                source.Append("    public sealed partial class Inner\n    {\n");
                source.Append("        [RetentionAnchor]\n        [NotPersonalData(\"When the contract ended.\")]\n        public Instant? Anchor { get; set; }\n");
                source.Append("        ").Append(Attribute(Combo.Email)).Append("\n        public string Email { get; set; } = \"\";\n");
                source.Append("        ").Append(Attribute(Combo.Iban)).Append("\n        public string Iban { get; set; } = \"\";\n    }\n\n");
            }

            for (int level = 0; level < hierarchy.Chain.Count; level++)
            {
                bool leaf = level == hierarchy.Chain.Count - 1;
                source.Append("    public ").Append(leaf ? "sealed " : string.Empty).Append("partial ").Append(keyword).Append(" T").Append(level);
                source.Append(level == 0 ? string.Empty : " : T" + (level - 1)).Append("\n    {\n");
                if (level == 0)
                {
                    source.Append("        [RetentionAnchor]\n        [NotPersonalData(\"When the contract ended.\")]\n        public Instant? Anchor { get; set; }\n");
                }

                foreach (Member member in hierarchy.Chain[level].Own)
                {
                    source.Append("        ").Append(Attribute(member.Combo)).Append("\n        public ");
                    source.Append(member.Storage switch
                    {
                        Storage.Field => $"string {member.Name} = \"\";",
                        Storage.Virtual => $"virtual string {member.Name} {{ get; set; }} = \"\";",
                        _ => $"string {member.Name} {{ get; set; }} = \"\";",
                    }).Append('\n');
                }

                foreach (Member member in hierarchy.Chain[level].Overrides)
                {
                    source.Append("        ").Append(Attribute(member.Combo)).Append("\n        public override string ").Append(member.Name).Append(" { get; set; } = \"\";\n");
                }

                if (leaf && hierarchy.Nesting != Nesting.None)
                {
                    source.Append("        [PersonalData(Category.Contact, Retention = \"P1Y\", Purposes = Purpose.Support | Purpose.Billing)]\n        public ");
                    source.Append(hierarchy.Nesting == Nesting.List ? "List<Inner> Inners { get; set; } = new();\n" : "Inner? Inner { get; set; }\n");
                }

                source.Append("    }\n\n");
            }

            source.Append("}\n\n");
        }

        return source.ToString();
    }

    private static string Attribute(Combo combo) => combo switch
    {
        Combo.Email => "[PersonalData(Category.Contact, Retention = \"P1Y\", Purposes = Purpose.Support, Format = DataFormat.EmailAddress)]",
        Combo.Iban => "[PersonalData(Category.Payment, Retention = \"P7Y\", Purposes = Purpose.Billing | Purpose.Bookkeeping, Format = DataFormat.Iban)]",
        Combo.Phone => "[PersonalData(Category.Contact, Retention = \"P1Y\", Purposes = Purpose.Support | Purpose.Billing, Format = DataFormat.PhoneNumber)]",
        Combo.Name => "[PersonalData(Category.Identity, Retention = \"P1Y\", Purposes = Purpose.Billing, Format = DataFormat.PersonName)]",
        _ => "[NotPersonalData(\"A product code.\")]",
    };

    private static Purpose PurposesOf(Combo combo) => combo switch
    {
        Combo.Email => Purpose.Support,
        Combo.Iban => Purpose.Billing | Purpose.Bookkeeping,
        Combo.Phone => Purpose.Support | Purpose.Billing,
        Combo.Name => Purpose.Billing,
        _ => Purpose.None,
    };

    private static Assembly CompileAndLoad(string source)
    {
        Compilation compilation = GeneratorHarness.Compile(source).WithAssemblyName("RandomHierarchies" + Guid.NewGuid().ToString("N"));
        (Compilation output, _) = GeneratorHarness.Run(compilation);
        using var image = new MemoryStream();
        Microsoft.CodeAnalysis.Emit.EmitResult emitted = output.Emit(image);
        if (!emitted.Success)
        {
            throw new InvalidOperationException(
                string.Join(Environment.NewLine, emitted.Diagnostics.Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error).Take(10)) + Environment.NewLine + source);
        }

        image.Position = 0;
        return AssemblyLoadContext.Default.LoadFromStream(image);
    }

    /// <summary>Runs every operation on one hierarchy's leaf value, held as the drawn type; adds each wrong member to <paramref name="failures"/>.</summary>
    private static async Task Check(Hierarchy hierarchy, Assembly assembly, List<string> failures)
    {
        void Expect(bool condition, string message)
        {
            if (!condition)
            {
                failures.Add($"H{hierarchy.Id}: {message}");
            }
        }

        Type leaf = assembly.GetType(hierarchy.Leaf, throwOnError: true)!;
        Type asType = assembly.GetType(hierarchy.TypeName(hierarchy.StaticLevel), throwOnError: true)!;
        Type? inner = hierarchy.Nesting == Nesting.None ? null : assembly.GetType($"H{hierarchy.Id}.Inner", throwOnError: true);
        Dictionary<string, Combo> members = hierarchy.Effective();
        string[] personal = [.. members.Where(pair => pair.Value != Combo.NotPersonal).Select(pair => pair.Value == Combo.NotPersonal ? string.Empty : pair.Key)];
        string innerEmail = $"inner{hierarchy.Id}@canary-mail.nl";
        string innerIban = $"NL02RABO{hierarchy.Id:D10}";

        object Build()
        {
            object value = Activator.CreateInstance(leaf)!;
            Set(value, "Anchor", (Instant?)Anchor);
            foreach ((string name, Combo combo) in members)
            {
                Set(value, name, hierarchy.Canary(name, combo));
            }

            if (inner is not null)
            {
                object nested = Activator.CreateInstance(inner)!;
                Set(nested, "Anchor", (Instant?)Anchor);
                Set(nested, "Email", innerEmail);
                Set(nested, "Iban", innerIban);
                if (hierarchy.Nesting == Nesting.List)
                {
                    var list = (IList)Get(value, "Inners")!;
                    list.Add(nested);
                }
                else
                {
                    Set(value, "Inner", nested);
                }
            }

            return value;
        }

        object? Nested(object value)
            => hierarchy.Nesting switch
            {
                Nesting.Single => Get(value, "Inner"),
                Nesting.List => ((IList)Get(value, "Inners")!).Cast<object>().Single(),
                _ => null,
            };

        string[] canaries = [.. personal.Select(name => hierarchy.Canary(name, members[name])), .. inner is null ? Array.Empty<string>() : [innerEmail, innerIban]];
        var audit = new RecordingSink();
        IPrivacyPolicy policy = Policy(audit);

        // ToString and Redact: no personal canary anywhere, notes unchanged.
        string text = Build().ToString() ?? string.Empty;
        Expect(!canaries.Any(text.Contains), $"ToString shows a personal canary: {text}");
        object redacted = Call(policy, "Redact", asType, Build());
        string dump = Dump(redacted);
        Expect(!canaries.Any(dump.Contains), $"Redact keeps a personal canary: {dump}");
        foreach ((string name, Combo combo) in members.Where(pair => pair.Value == Combo.NotPersonal))
        {
            Expect(Equals(Get(redacted, name), hierarchy.Canary(name, combo)), $"Redact changed the note {name}");
        }

        // Erase: each path erased (value gone) or retained (value kept), never both, and nothing else reported.
        object result = Call(policy, "Erase", asType, Build());
        object erased = result.GetType().GetProperty("Value")!.GetValue(result)!;
        var erasedPaths = ((IEnumerable<string>)result.GetType().GetProperty("Erased")!.GetValue(result)!).ToList();
        var retainedPaths = ((IEnumerable)result.GetType().GetProperty("Retained")!.GetValue(result)!).Cast<object>()
            .Select(retained => (string)retained.GetType().GetProperty("Member")!.GetValue(retained)!).ToList();
        foreach (string retained in retainedPaths)
        {
            Expect(!erasedPaths.Any(path => path == retained || retained.StartsWith(path + ".", StringComparison.Ordinal)), $"Erase reports {retained} retained and erased");
        }

        Expect(erasedPaths.Distinct().Count() == erasedPaths.Count && retainedPaths.Distinct().Count() == retainedPaths.Count, $"Erase reports a path twice: [{string.Join(", ", erasedPaths)}] [{string.Join(", ", retainedPaths)}]");
        var expectedErased = new List<string>();
        var expectedRetained = new List<string>();
        foreach ((string name, Combo combo) in members)
        {
            object? value = Get(erased, name);
            string canary = hierarchy.Canary(name, combo);
            if (combo == Combo.NotPersonal)
            {
                Expect(Equals(value, canary), $"Erase changed the note {name}");
            }
            else if (combo == Combo.Iban)
            {
                Expect(Equals(value, canary), $"Erase erased {name}, which the bookkeeping obligation keeps");
                expectedRetained.Add(name);
            }
            else
            {
                Expect(Equals(value, string.Empty), $"Erase kept {name}");
                expectedErased.Add(name);
            }
        }

        if (inner is not null)
        {
            object nested = Nested(erased)!;
            Expect(Equals(Get(nested, "Email"), string.Empty) && Equals(Get(nested, "Iban"), innerIban), "Erase of the nested value");
            expectedErased.Add(hierarchy.NestedName + ".Email");
            expectedRetained.Add(hierarchy.NestedName + ".Iban");
        }

        Expect(erasedPaths.Order().SequenceEqual(expectedErased.Order()), $"Erased [{string.Join(", ", erasedPaths)}], expected [{string.Join(", ", expectedErased)}]");
        Expect(retainedPaths.Order().SequenceEqual(expectedRetained.Order()), $"Retained [{string.Join(", ", retainedPaths)}], expected [{string.Join(", ", expectedRetained)}]");

        // Disclose: exactly the members whose purposes include the disclosure's, and the audit names them.
        object disclosed = Call(policy, "Disclose", asType, Build(), Recipient, hierarchy.Purpose);
        var expectedSent = new List<string>();
        foreach ((string name, Combo combo) in members)
        {
            bool sent = combo != Combo.NotPersonal && (PurposesOf(combo) & hierarchy.Purpose) != 0;
            object? value = Get(disclosed, name);
            string canary = hierarchy.Canary(name, combo);
            Expect(Equals(value, combo == Combo.NotPersonal || sent ? canary : string.Empty), $"Disclose for {hierarchy.Purpose} of {name} ({combo}): {value}");
            if (sent)
            {
                expectedSent.Add(name);
            }
        }

        if (inner is not null)
        {
            object nested = Nested(disclosed)!;
            bool support = hierarchy.Purpose == Purpose.Support;
            Expect(Equals(Get(nested, "Email"), support ? innerEmail : string.Empty) && Equals(Get(nested, "Iban"), support ? string.Empty : innerIban), "Disclose of the nested value");
            expectedSent.Add(hierarchy.NestedName + (support ? ".Email" : ".Iban"));
        }

        IReadOnlyList<string> audited = audit.Records.Single().Members;
        Expect(audited.Order().SequenceEqual(expectedSent.Order()), $"Audit [{string.Join(", ", audited)}], expected [{string.Join(", ", expectedSent)}]");

        // Export: each personal member once, with its value; no note.
        (var exported, var described) = await ExportAsync(policy, asType, Build());
        var names = exported.Select(pair => pair.Name).ToList();

        // Each value is described in its record type's members, by the type that holds it however it was added.
        Expect(names.All(described.Contains), $"Export describes [{string.Join(", ", described)}], writes [{string.Join(", ", names)}]");
        var expectedNames = personal.Concat(inner is null ? [] : [hierarchy.NestedName]).ToList();
        Expect(names.Order().SequenceEqual(expectedNames.Order()), $"Export writes [{string.Join(", ", names)}], expected [{string.Join(", ", expectedNames)}]");
        foreach ((string name, JsonElement value) in exported.Where(pair => members.ContainsKey(pair.Name)))
        {
            Expect(value.GetString() == hierarchy.Canary(name, members[name]), $"Export of {name}");
        }
    }

    private static async Task<(List<(string Name, JsonElement Value)> Values, List<string> Described)> ExportAsync(IPrivacyPolicy policy, Type type, object value)
    {
        using var stream = new MemoryStream();
        await using (SubjectAccessExport export = policy.BeginExport(stream, "C-1"))
        {
            Array records = Array.CreateInstance(type, 1);
            records.SetValue(value, 0);
            typeof(SubjectAccessExport).GetMethods().Single(method => method.Name == nameof(SubjectAccessExport.Add) && method.IsGenericMethod)
                .MakeGenericMethod(type).Invoke(export, [records]);
            await export.CompleteAsync();
        }

        using JsonDocument document = JsonDocument.Parse(stream.ToArray());
        JsonElement recordType = document.RootElement.GetProperty("recordTypes").EnumerateArray().Single();
        JsonElement values = recordType.GetProperty("records")[0].GetProperty("values");
        return (
            values.EnumerateObject().Select(member => (member.Name, member.Value.Clone())).ToList(),
            recordType.GetProperty("members").EnumerateArray().Select(member => member.GetProperty("name").GetString()!).ToList());
    }

    private static IPrivacyPolicy Policy(IDisclosureAuditSink audit)
        => new ServiceCollection()
            .AddSingleton<IClock>(new FakeClock(Now))
            .AddSingleton(audit)
            .AddPrivacyPolicy(options =>
            {
                options.Pseudonymization.KeyId = "2026-11";
                options.Pseudonymization.Key = Convert.ToBase64String(Enumerable.Range(1, 32).Select(b => (byte)(b * 7)).ToArray());
                options.Recipients.Add(new RecipientDeclaration(Recipient, RecipientRole.IndependentController, Purpose.Support | Purpose.Billing));
            })
            .BuildServiceProvider()
            .GetRequiredService<IPrivacyPolicy>();

    /// <summary>Calls the policy's generic <paramref name="name"/> with the type the value is held as.</summary>
    private static object Call(IPrivacyPolicy policy, string name, Type type, params object[] arguments)
    {
        MethodInfo method = typeof(IPrivacyPolicy).GetMethods().Single(candidate => candidate.Name == name && candidate.GetParameters().Length == arguments.Length
            && (arguments.Length < 2 || candidate.GetParameters()[1].ParameterType == arguments[1].GetType()));
        try
        {
            return method.MakeGenericMethod(type).Invoke(policy, arguments)!;
        }
        catch (TargetInvocationException exception)
        {
            throw exception.InnerException!;
        }
    }

    private static void Set(object target, string name, object? value)
    {
        if (target.GetType().GetProperty(name) is { } property)
        {
            property.SetValue(target, value);
        }
        else
        {
            target.GetType().GetField(name)!.SetValue(target, value);
        }
    }

    private static object? Get(object target, string name)
        => target.GetType().GetProperty(name) is { } property ? property.GetValue(target) : target.GetType().GetField(name)!.GetValue(target);

    /// <summary>Every text the value holds, nested values and lists included.</summary>
    private static string Dump(object? value, int depth = 0)
    {
        if (value is null || depth > 4)
        {
            return string.Empty;
        }

        if (value is string text)
        {
            return text + "\n";
        }

        if (value is IEnumerable items)
        {
            return string.Concat(items.Cast<object?>().Select(item => Dump(item, depth + 1)));
        }

        Type type = value.GetType();
        if (type.IsPrimitive || type.Namespace?.StartsWith("NodaTime", StringComparison.Ordinal) == true || Nullable.GetUnderlyingType(type) is not null)
        {
            return string.Empty;
        }

        IEnumerable<object?> members = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(property => property.GetIndexParameters().Length == 0 && property.Name != "EqualityContract")
            .Select(property => property.GetValue(value))
            .Concat(type.GetFields(BindingFlags.Public | BindingFlags.Instance).Select(field => field.GetValue(value)));
        return string.Concat(members.Select(member => Dump(member, depth + 1)));
    }

    private sealed class RecordingSink : IDisclosureAuditSink
    {
        public List<DisclosureAuditRecord> Records { get; } = [];

        public void Record(DisclosureAuditRecord record) => Records.Add(record);
    }
}
