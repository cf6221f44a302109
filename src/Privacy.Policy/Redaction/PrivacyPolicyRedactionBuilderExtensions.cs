using System;
using Microsoft.Extensions.Compliance.Classification;
using Microsoft.Extensions.Compliance.Redaction;
using Privacy.Policy.Vocabulary;

namespace Privacy.Policy.Redaction;

/// <summary>Registers this package's redactors with Microsoft.Extensions.Compliance's redaction.</summary>
public static class PrivacyPolicyRedactionBuilderExtensions
{
    /// <summary>
    /// Registers a <see cref="PrivacyPolicyRedactor"/> for every classification set a generated tag provider passes
    /// (each category with each format and kind), so that <c>[LoggerMessage]</c> parameters with our tag providers
    /// are masked, pseudonymised, scrubbed (free text that asks for it) or erased exactly as <see cref="IPrivacyPolicy.Redact{T}(T)"/> would. Call it inside
    /// <c>services.AddRedaction(builder =&gt; builder.SetPrivacyPolicyRedactors())</c>, with
    /// <c>services.AddPrivacyPolicy(...)</c> registered too.
    /// </summary>
    /// <param name="builder">The redaction builder.</param>
    /// <returns>The builder.</returns>
    public static IRedactionBuilder SetPrivacyPolicyRedactors(this IRedactionBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (FormatRows.All.Length > 1 << 5)
        {
            throw new InvalidOperationException("More formats than the five bits of FormatSlot can number: give FormatSlot a sixth bit.");
        }

        // Erased values share one set per category whatever their format ("Erase"), so a single erasing redactor
        // serves them all; then one redactor per format that can be masked, and one per format that can be
        // pseudonymised, as the format rows say, and one for free text that is scrubbed.
        Set<FormatSlot<Zero, Zero, Zero, Zero, Zero>, EraseKind>(builder);
        EachFormat<MaskKind>(builder);
        EachFormat<PseudonymizeKind>(builder);
        EachFormat<ScrubKind>(builder);
        return builder;
    }

    // The redaction builder maps classifications to redactor types, so each format needs a type of its own. The
    // formats are numbered in binary by type arguments (five bits, 32 formats): the generic methods below instantiate
    // every number without reflection, so trimming and AOT see each redactor type, and a new format needs no line here.
    private static void EachFormat<TKind>(IRedactionBuilder builder)
        where TKind : struct, IKindMarker
    {
        Bit3<TKind, Zero>(builder);
        Bit3<TKind, One>(builder);
    }

    private static void Bit3<TKind, T4>(IRedactionBuilder builder)
        where TKind : struct, IKindMarker
        where T4 : struct, IBit
    {
        Bit2<TKind, T4, Zero>(builder);
        Bit2<TKind, T4, One>(builder);
    }

    private static void Bit2<TKind, T4, T3>(IRedactionBuilder builder)
        where TKind : struct, IKindMarker
        where T4 : struct, IBit
        where T3 : struct, IBit
    {
        Bit1<TKind, T4, T3, Zero>(builder);
        Bit1<TKind, T4, T3, One>(builder);
    }

    private static void Bit1<TKind, T4, T3, T2>(IRedactionBuilder builder)
        where TKind : struct, IKindMarker
        where T4 : struct, IBit
        where T3 : struct, IBit
        where T2 : struct, IBit
    {
        Bit0<TKind, T4, T3, T2, Zero>(builder);
        Bit0<TKind, T4, T3, T2, One>(builder);
    }

    private static void Bit0<TKind, T4, T3, T2, T1>(IRedactionBuilder builder)
        where TKind : struct, IKindMarker
        where T4 : struct, IBit
        where T3 : struct, IBit
        where T2 : struct, IBit
        where T1 : struct, IBit
    {
        Set<FormatSlot<T4, T3, T2, T1, Zero>, TKind>(builder);
        Set<FormatSlot<T4, T3, T2, T1, One>, TKind>(builder);
    }

    private static void Set<TFormat, TKind>(IRedactionBuilder builder)
        where TFormat : struct, IFormatMarker
        where TKind : struct, IKindMarker
    {
        // Only where the rule applies the kind itself: a format it erases (or a number no format has) is served by
        // the one erasing redactor.
        if (TKind.Kind != RedactionKind.Erase && RedactionRule.ForText(TFormat.Format, TKind.Kind) != TKind.Kind)
        {
            return;
        }

        // One set per category, all served by one redactor instance.
        var sets = new DataClassificationSet[CategoryRows.All.Length];
        for (int i = 0; i < sets.Length; i++)
        {
            sets[i] = RedactionClassifications.GetSet(CategoryRows.All[i].Category, TFormat.Format, TKind.Kind);
        }

        builder.SetRedactor<ClassifiedRedactor<TFormat, TKind>>(sets);
    }

    /// <summary>A distinct redactor type per format and kind: the redaction builder maps classifications to types.</summary>
    internal sealed class ClassifiedRedactor<TFormat, TKind> : PrivacyPolicyRedactor
        where TFormat : struct, IFormatMarker
        where TKind : struct, IKindMarker
    {
        public ClassifiedRedactor(PersonalDataRedactor redactor)
            : base(redactor, TFormat.Format, TKind.Kind)
        {
        }
    }

    internal interface IFormatMarker
    {
        static abstract DataFormat Format { get; }
    }

    internal interface IKindMarker
    {
        static abstract RedactionKind Kind { get; }
    }

    internal interface IBit
    {
        static abstract int Value { get; }
    }

    internal struct Zero : IBit { public static int Value => 0; }

    internal struct One : IBit { public static int Value => 1; }

    /// <summary>The format whose value the five bits spell, most significant first.</summary>
    internal struct FormatSlot<T4, T3, T2, T1, T0> : IFormatMarker
        where T4 : struct, IBit
        where T3 : struct, IBit
        where T2 : struct, IBit
        where T1 : struct, IBit
        where T0 : struct, IBit
    {
        public static DataFormat Format => (DataFormat)((T4.Value << 4) | (T3.Value << 3) | (T2.Value << 2) | (T1.Value << 1) | T0.Value);
    }

    internal struct MaskKind : IKindMarker { public static RedactionKind Kind => RedactionKind.Mask; }

    internal struct PseudonymizeKind : IKindMarker { public static RedactionKind Kind => RedactionKind.Pseudonymize; }

    internal struct ScrubKind : IKindMarker { public static RedactionKind Kind => RedactionKind.Scrub; }

    internal struct EraseKind : IKindMarker { public static RedactionKind Kind => RedactionKind.Erase; }
}
