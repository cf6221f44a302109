namespace Privacy.Policy;

// A restricted subject's data is kept but not processed (GDPR art. 18(1)); the subject who obtained the restriction is
// told before it is lifted (art. 18(3)). The access export is where the person sees their data, so it says so there:
// a copy that showed the data without the restriction would suggest it is processed as usual.
public sealed partial class SubjectAccessExport
{
    /// <summary>The article the restriction note rests on.</summary>
    internal const string RestrictionArticle = "GDPR art. 18(1), 18(2), 18(3)";

    /// <summary>The restriction note, in Dutch.</summary>
    internal const string RestrictionDutch =
        "De verwerking van uw gegevens is beperkt (AVG artikel 18, lid 1): we bewaren ze, maar verwerken ze verder alleen met uw toestemming, voor een rechtsvordering, ter bescherming van de rechten van een ander of om gewichtige redenen van algemeen belang (artikel 18, lid 2). Voordat we de beperking opheffen, laten we u dat weten (artikel 18, lid 3).";

    /// <summary>The restriction note, in English.</summary>
    internal const string RestrictionEnglish =
        "The processing of your data is restricted (GDPR art. 18(1)): we keep it, but otherwise process it only with your consent, for legal claims, to protect the rights of another person or for reasons of important public interest (art. 18(2)). We will tell you before the restriction is lifted (art. 18(3)).";

    /// <summary>The register of restrictions; <see langword="null"/> when the container has none, and the export cannot tell.</summary>
    private readonly ISubjectProcessingLimits? _limits;

    /// <summary>
    /// Writes <c>restricted</c> (whether the register says the subject's processing is restricted, as the export
    /// completes) and, when it is, the <c>restriction</c> note with its article. Without a register, neither: the export
    /// cannot tell, and saying "not restricted" would claim what it does not know.
    /// </summary>
    private void WriteRestriction()
    {
        if (_limits is null)
        {
            return;
        }

        bool restricted = _limits.IsRestricted(_subjectId);
        _writer.WriteBoolean("restricted", restricted);
        if (!restricted)
        {
            return;
        }

        _writer.WriteStartObject("restriction");
        _writer.WriteString("article", RestrictionArticle);
        _writer.WriteString("nl", RestrictionDutch);
        _writer.WriteString("en", RestrictionEnglish);
        _writer.WriteEndObject();
    }
}
