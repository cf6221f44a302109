using System.Collections.Generic;
using System.Linq;
using Privacy.Policy.Testing;
using Xunit;

namespace Privacy.Policy.Tests.Generated;

/// <summary>
/// Issue 12 asks for a matrix crossing every shape the generator meets with every generated operation. This lists
/// the issue's shapes and what covers each: a shape of the in-memory matrices (<see cref="ShapeOperationMatrixTests"/>,
/// <see cref="ShapeOperationGraphMatrixTests"/>) or a shape refused at build time (<see cref="RefusedShapes"/>, compiled
/// by Privacy.Policy.Generators.Tests). Dropping a shape from a matrix, or adding one nobody accounts for, fails here.
/// </summary>
public sealed class IssueShapeCoverageTests
{
    /// <summary>The issue's shapes, in its words, and the matrix or refused shapes covering each.</summary>
    private static readonly IReadOnlyList<(string IssueShape, string[] CoveredBy)> IssueShapes =
    [
        ("record", ["record class", "record struct", "positional record"]),
        ("class", ["class", "open [NotPersonalData] property the copy cannot set (class)"]),
        ("struct", ["struct", "record struct", "struct nested in a class"]),
        ("derived in the same assembly", ["derived, same assembly", "derived, through a base-typed reference", "record deriving from a record, positional override"]),
        ("derived in another assembly", ["derived, other assembly", "derived, other assembly, with a member of its own"]),
        ("overrides", ["derived, stored override", "record deriving from a record, positional override"]),
        ("new", ["new-hiding property (class)", "new-hiding property (record)"]),
        ("partial properties", ["partial property"]),
        ("primary constructors", ["positional record", "primary constructor initialising properties", "primary-constructor parameter captured by a method", "primary-constructor parameter captured by a lambda"]),
        ("explicit interface members", ["explicit interface property (class, with a derived type)", "explicit interface property (record)"]),
        ("fields", ["public field", "derived, other assembly, with a member of its own", "open [NotPersonalData] readonly field (record)"]),
        // In memory an owned type is a nested value; the database side is EntityShapeErasureMatrixTests (EF Core).
        ("owned types", ["nested member", "struct nested in a class"]),
        ("nested types", ["nested member", "struct nested in a class", "shared reference"]),
        ("collections of each", ["collection member", "collection: array", "collection: IReadOnlyList", "collection: dictionary value", "collection: read-only dictionary value, Guid key", "collection: dictionary value, text key", "collection: list of records", "collection: array of structs", "open [NotPersonalData] collection not copied element by element"]),
        ("cycles", ["cycle: self-reference", "cycle: customer and account"]),
    ];

    private static IEnumerable<string> InMemoryShapes()
        => ShapeOperationMatrixTests.Cells().Concat(ShapeOperationGraphMatrixTests.Cells()).Select(cell => (string)cell[0]).Distinct();

    public static TheoryData<string> IssueShapeNames() => new(IssueShapes.Select(shape => shape.IssueShape));

    [Theory]
    [MemberData(nameof(IssueShapeNames))]
    public void Each_shape_of_the_issue_is_a_matrix_shape_or_refused_at_build_time(string issueShape)
    {
        var covering = new HashSet<string>(InMemoryShapes().Concat(RefusedShapes.All.Select(shape => shape.Name)));
        string[] coveredBy = IssueShapes.Single(shape => shape.IssueShape == issueShape).CoveredBy;
        Assert.NotEmpty(coveredBy);
        Assert.All(coveredBy, name => Assert.True(covering.Contains(name), $"'{issueShape}': '{name}' is neither a shape of an in-memory matrix (with at least one cell) nor a refused shape"));
    }

    [Fact]
    public void Each_matrix_and_refused_shape_is_accounted_for_by_a_shape_of_the_issue()
    {
        var claimed = new HashSet<string>(IssueShapes.SelectMany(shape => shape.CoveredBy));
        Assert.All(InMemoryShapes().Concat(RefusedShapes.All.Select(shape => shape.Name)), name => Assert.Contains(name, claimed));
        Assert.Equal(RefusedShapes.All.Count, RefusedShapes.All.Select(shape => shape.Name).Distinct().Count());
    }
}
