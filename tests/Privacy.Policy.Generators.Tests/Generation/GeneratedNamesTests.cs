using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Privacy.Policy.Generators.Emitting;
using Xunit;

namespace Privacy.Policy.Generators.Tests.Generation;

/// <summary>
/// PRIV010 keeps the names of generated members free (<see cref="GeneratedNames.Reserved"/>). These tests compile every
/// sample, collect the members the generator adds to the personal-data types (and the file-local classes beside them,
/// which a member would hide), and hold the two lists together: a member
/// the emitters add that PRIV010 does not reserve would let a hand-written member break the generated code, and a
/// reserved name no emitter writes refuses a member for nothing.
/// </summary>
public sealed class GeneratedNamesTests
{
    /// <summary>Members the generator writes only when the type has none by hand, so a hand-written one is no clash.</summary>
    private static readonly string[] LeftOutWhenHandWritten = ["ToString", GeneratedNames.PrintMembers];

    [Fact]
    public void Every_member_the_generator_adds_is_reserved_with_its_parameters()
    {
        List<GeneratedMember> generated = GeneratedMembers();
        Assert.NotEmpty(generated);
        Assert.All(generated, member =>
        {
            ReservedMember? reserved = GeneratedNames.Reserved.FirstOrDefault(reserved => reserved.Name == member.Name);
            Assert.True(reserved is not null, $"{member.Name} is generated but PRIV010 does not reserve it");
            if (member.Parameters is int parameters)
            {
                Assert.True(reserved!.Parameters is null || reserved.Parameters == parameters, $"{member.Name} is generated with {parameters} parameters, PRIV010 reserves {reserved.Parameters}");
            }
            else
            {
                // A property or field clashes with a method of any number of parameters.
                Assert.True(reserved!.Parameters is null, $"{member.Name} is generated as a property or field, PRIV010 reserves only methods of {reserved.Parameters} parameters");
            }
        });
    }

    [Fact]
    public void Every_reserved_name_is_generated_for_some_sample()
    {
        HashSet<string> generated = GeneratedMembers().Select(member => member.Name).ToHashSet(StringComparer.Ordinal);
        Assert.All(GeneratedNames.Reserved, reserved => Assert.True(generated.Contains(reserved.Name), $"PRIV010 reserves {reserved.Name}, which no sample's generated code declares"));
        Assert.Equal(GeneratedNames.Reserved.Length, GeneratedNames.Reserved.Select(reserved => reserved.Name).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Every_runtime_type_the_generated_code_names_is_in_the_runtime()
    {
        string[] names = typeof(GeneratedNames.Runtime).GetFields()
            .Where(field => field.IsLiteral)
            .Select(field => (string)field.GetRawConstantValue()!)
            .ToArray();
        Assert.NotEmpty(names);
        System.Reflection.Assembly runtime = typeof(IPersonalData<>).Assembly;
        Assert.All(names, name =>
        {
            Assert.StartsWith("global::", name, StringComparison.Ordinal);
            string metadataName = name["global::".Length..];
            Type? type = runtime.GetType(metadataName) ?? runtime.GetType(metadataName + "`1");
            Assert.True(type is not null, $"{name} is not a type of {runtime.GetName().Name}");
        });
    }

    /// <summary>The members the generator declares on the samples' personal-data types, each with its number of parameters when a method.</summary>
    private static List<GeneratedMember> GeneratedMembers()
    {
        var members = new List<GeneratedMember>();
        foreach (string sample in GeneratorSamples.All.Values)
        {
            (Compilation _, GeneratorDriverRunResult result) = GeneratorHarness.Run(GeneratorHarness.Compile(sample));
            foreach (GeneratedSourceResult source in result.Results.Single().GeneratedSources.Where(source => source.HintName.EndsWith(".PersonalData.g.cs", StringComparison.Ordinal)))
            {
                foreach (MemberDeclarationSyntax member in source.SyntaxTree.GetRoot().DescendantNodes().OfType<MemberDeclarationSyntax>())
                {
                    if (member is TypeDeclarationSyntax { Parent: BaseNamespaceDeclarationSyntax or CompilationUnitSyntax } fileType
                        && fileType.Modifiers.Any(SyntaxKind.FileKeyword))
                    {
                        // A file-local class beside the type, which its code names by its simple name: a member of the
                        // type with that name would hide it. Its own fields are the type's member names, not members.
                        members.Add(new(fileType.Identifier.ValueText, null));
                        continue;
                    }

                    if (member.Parent is not TypeDeclarationSyntax parent || parent.Modifiers.Any(SyntaxKind.FileKeyword))
                    {
                        continue;
                    }

                    GeneratedMember? generated = member switch
                    {
                        MethodDeclarationSyntax { ExplicitInterfaceSpecifier: null } method => new(method.Identifier.ValueText, method.ParameterList.Parameters.Count),
                        PropertyDeclarationSyntax { ExplicitInterfaceSpecifier: null } property => new(property.Identifier.ValueText, null),
                        FieldDeclarationSyntax field => new(field.Declaration.Variables.Single().Identifier.ValueText, null),
                        EventDeclarationSyntax or EventFieldDeclarationSyntax or IndexerDeclarationSyntax or ConstructorDeclarationSyntax or OperatorDeclarationSyntax
                            => throw new InvalidOperationException($"The generator declares a {member.Kind()}, which this test does not check"),
                        _ => null,
                    };
                    if (generated is not null && !LeftOutWhenHandWritten.Contains(generated.Name))
                    {
                        members.Add(generated);
                    }
                }
            }
        }

        return members;
    }

    private sealed record GeneratedMember(string Name, int? Parameters);
}
