using System;
using System.Collections.Generic;
using Microsoft.Extensions.Logging;

namespace Privacy.Policy.EntityFrameworkCore.Tests.Holds;

/// <summary>A logger that keeps each message as formatted, with its structured values.</summary>
public sealed class ListLogger : ILogger
{
    public List<string> Messages { get; } = [];

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull
        => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        string values = state is IEnumerable<KeyValuePair<string, object?>> pairs ? string.Join(";", pairs) : string.Empty;
        Messages.Add(formatter(state, exception) + " | " + values);
    }
}
