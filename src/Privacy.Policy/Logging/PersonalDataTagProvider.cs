using System.ComponentModel;
using Microsoft.Extensions.Logging;
using Privacy.Policy.Generated;

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

    /// <summary>
    /// What the generated <c>RecordPersonalDataTags</c> of a type that can be derived from calls first: a value of a
    /// derived type with generated code of its own is logged by that code, with the members it declares and its
    /// overrides as it classifies them, never with the classification of <typeparamref name="T"/>.
    /// </summary>
    /// <param name="collector">The tag collector of the log record.</param>
    /// <param name="value">The value being logged.</param>
    /// <returns>Whether the value's own type added its tags; when not, <typeparamref name="T"/>'s code adds them.</returns>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static bool RecordTagsAsRuntimeType(ITagCollector collector, T value)
    {
        if (typeof(T).IsValueType || value is null || value.GetType() == typeof(T))
        {
            return false;
        }

        var asRuntimeType = new RuntimeTypeTags(collector);
        value.Accept(asRuntimeType);
        return asRuntimeType.Recorded;
    }

    /// <summary>Receives the logged value as its own type and adds its tags with that type's generated code.</summary>
    private sealed class RuntimeTypeTags(ITagCollector collector) : IPersonalDataValueVisitor
    {
        public bool Recorded { get; private set; }

        public void Visit<TRuntime>(TRuntime value)
            where TRuntime : IPersonalData<TRuntime>
        {
            // The value's most derived generated type is T itself (a derived type without generated code of its
            // own): T's code logs it, and asking again would never end.
            if (typeof(TRuntime) == typeof(T))
            {
                return;
            }

            TRuntime.RecordPersonalDataTags(collector, value);
            Recorded = true;
        }
    }
}
