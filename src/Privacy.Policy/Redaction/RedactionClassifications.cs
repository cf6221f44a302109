using System;
using Microsoft.Extensions.Compliance.Classification;
using Privacy.Policy.Vocabulary;

namespace Privacy.Policy.Redaction;

/// <summary>
/// The classifications that tell Microsoft.Extensions.Compliance how to redact a member: its category's
/// classification (<c>Privacy.Policy:Usage</c>) together with one that names the format and the kind
/// (<c>Privacy.Policy.Redaction:PhoneNumber.Mask</c>). Generated tag providers pass these sets to the logging
/// pipeline, and <see cref="PrivacyPolicyRedactionBuilderExtensions.SetPrivacyPolicyRedactors"/> registers a
/// redactor for each.
/// </summary>
public static class RedactionClassifications
{
    /// <summary>The taxonomy name of the format-and-kind classifications.</summary>
    public const string TaxonomyName = "Privacy.Policy.Redaction";

    private const int Kinds = (int)RedactionKind.Scrub + 1;
    private static readonly int Formats = FormatRows.All.Length;
    private static readonly int Categories = CategoryRows.All.Length + 1;

    private static readonly DataClassificationSet?[] Sets = new DataClassificationSet?[Categories * Formats * Kinds];

    /// <summary>
    /// The classification naming how a value of <paramref name="format"/> is redacted with <paramref name="kind"/>:
    /// <c>PhoneNumber.Mask</c>, <c>Iban.Pseudonymize</c>, <c>FreeText.Scrub</c>, or <c>Erase</c> for everything erased.
    /// </summary>
    /// <param name="format">The member's format.</param>
    /// <param name="kind">The member's redaction kind; <see cref="RedactionKind.Default"/> is resolved as the redactor does.</param>
    /// <returns>The classification.</returns>
    public static DataClassification Get(DataFormat format, RedactionKind kind)
        => new(TaxonomyName, ValueOf(format, Effective(format, kind)));

    /// <summary>The set a generated tag provider passes for a member: its category and how it is redacted.</summary>
    /// <param name="category">The member's category.</param>
    /// <param name="format">The member's format.</param>
    /// <param name="kind">The member's redaction kind.</param>
    /// <returns>The set; the same instance for the same arguments.</returns>
    public static DataClassificationSet GetSet(Category category, DataFormat format, RedactionKind kind)
    {
        if ((uint)category >= Categories || (uint)format >= Formats || (uint)kind >= Kinds)
        {
            throw new ArgumentOutOfRangeException(nameof(category), "Undefined category, format or redaction kind.");
        }

        int index = ((((int)category * Formats) + (int)format) * Kinds) + (int)kind;
        return Sets[index] ??= new DataClassificationSet(category.GetDataClassification(), Get(format, kind));
    }

    /// <summary>The kind a redactor applies: the vocabulary's one rule (<see cref="RedactionRule.ForText"/>).</summary>
    internal static RedactionKind Effective(DataFormat format, RedactionKind kind) => RedactionRule.ForText(format, kind);

    private static string ValueOf(DataFormat format, RedactionKind kind) => kind switch
    {
        RedactionKind.Mask => FormatRows.Of(format)!.Name + ".Mask",
        RedactionKind.Pseudonymize => FormatRows.Of(format)!.Name + ".Pseudonymize",
        RedactionKind.Scrub => FormatRows.Of(format)!.Name + ".Scrub",
        _ => "Erase",
    };
}
