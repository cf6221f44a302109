namespace Privacy.Policy.Processing;

/// <summary>The languages the privacy statement is written in.</summary>
public enum StatementLanguage
{
    /// <summary>Dutch, the language of the provider's own statement.</summary>
    Dutch = 1,

    /// <summary>English.</summary>
    English = 2,
}
