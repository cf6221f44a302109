using NodaTime;

namespace Privacy.Policy.Processing;

/// <summary>One personal-data member as the record and the statement see it: where it is, and how long it is kept.</summary>
internal sealed record ProcessedMember(PersonalDataDescriptor Type, PersonalDataMember Member, Period? Retention)
{
    public string Path => Type.TypeName + "." + Member.Name;

    /// <summary>The member's legal bases in words, in the order of its purposes, each once.</summary>
    public string BasesText(StatementLanguage language)
    {
        var bases = new System.Collections.Generic.List<LegalBasis>();
        foreach (PurposeDeclaration declaration in Member.Declarations)
        {
            if (!bases.Contains(declaration.LegalBasis))
            {
                bases.Add(declaration.LegalBasis);
            }
        }

        bases.Sort();
        return bases.Count == 0 ? "—" : string.Join("; ", bases.ConvertAll(basis => StatementText.Of(basis, language)));
    }
}
