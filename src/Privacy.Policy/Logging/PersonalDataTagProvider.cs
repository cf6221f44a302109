using Microsoft.Extensions.Logging;

namespace Privacy.Policy.Logging;

/// <summary>
/// The tag provider for logging a personal-data type with <c>[LoggerMessage]</c>: every public member becomes a tag,
/// each personal-data member classified so that <c>EnableRedaction()</c> redacts it with this package's rules.
/// </summary>
/// <remarks>
/// <para>Use it on the parameter instead of <c>[LogProperties]</c>, which would log every member in clear:</para>
/// <code>
/// [LoggerMessage(Level = LogLevel.Information, Message = "Call ended")]
/// static partial void CallEnded(ILogger logger,
///     [TagProvider(typeof(PersonalDataTagProvider&lt;CallRecord&gt;), nameof(PersonalDataTagProvider&lt;CallRecord&gt;.RecordTags))] CallRecord call);
/// </code>
/// <para>
/// It works wherever <typeparamref name="T"/> is declared. The type's own generated
/// <c>RecordPersonalDataTags</c> does the same, but Microsoft's logging generator can only see it from another
/// project: source generators do not see each other's output.
/// </para>
/// </remarks>
/// <typeparam name="T">The personal-data type being logged.</typeparam>
public static class PersonalDataTagProvider<T>
    where T : IPersonalData<T>
{
    /// <summary>Adds the members of <paramref name="value"/> as tags.</summary>
    /// <param name="collector">The tag collector of the log record.</param>
    /// <param name="value">The value being logged.</param>
    public static void RecordTags(ITagCollector collector, T value)
    {
        if (value is not null)
        {
            T.RecordPersonalDataTags(collector, value);
        }
    }
}
