using System;

namespace Privacy.Policy;

/// <summary>
/// A processing activity that no code of the catalogs performs, such as the customer-service mailbox, call recordings or
/// the website's contact form, declared so the record of processing activities still lists it (GDPR art. 30(1)). Each
/// text the record needs and that is unset prints as "(not set)", so a review sees it.
/// </summary>
public sealed class ProcessingActivityDeclaration
{
    /// <summary>Declares the activity <paramref name="name"/>.</summary>
    /// <param name="name">What the activity is and what it is for, such as "Customer-service mailbox: answering questions".</param>
    public ProcessingActivityDeclaration(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
    }

    /// <summary>The activity and its purpose (GDPR art. 30(1)(b)).</summary>
    public string Name { get; }

    /// <summary>The legal basis of the processing (GDPR art. 6(1)).</summary>
    public LegalBasis? LegalBasis { get; set; }

    /// <summary>The categories of data subjects, such as "People who e-mail us" (GDPR art. 30(1)(c)).</summary>
    public string? DataSubjects { get; set; }

    /// <summary>The categories of personal data, such as "Name, e-mail address, the message" (GDPR art. 30(1)(c)).</summary>
    public string? PersonalData { get; set; }

    /// <summary>The recipients or their categories, or "none" (GDPR art. 30(1)(d)).</summary>
    public string? Recipients { get; set; }

    /// <summary>Transfers to third countries with their safeguards, or "none" (GDPR art. 30(1)(e)).</summary>
    public string? Transfers { get; set; }

    /// <summary>The erasure time limit, such as "1 year after the last message" (GDPR art. 30(1)(f)).</summary>
    public string? Retention { get; set; }

    /// <inheritdoc />
    public override string ToString() => "Declared processing activity";
}
