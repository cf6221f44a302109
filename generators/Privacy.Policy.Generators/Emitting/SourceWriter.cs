using System;
using System.Text;

namespace Privacy.Policy.Generators.Emitting;

/// <summary>Writes indented C# source, one line at a time.</summary>
internal sealed class SourceWriter
{
    private const string IndentUnit = "    ";
    private readonly StringBuilder _builder = new();
    private int _indent;

    public void WriteLine(string line = "")
    {
        if (line.Length > 0)
        {
            for (int i = 0; i < _indent; i++)
            {
                _builder.Append(IndentUnit);
            }

            _builder.Append(line);
        }

        _builder.Append('\n');
    }

    /// <summary>Writes <paramref name="line"/>, then <c>{</c>, and indents until the returned scope is disposed.</summary>
    public Scope Block(string line)
    {
        WriteLine(line);
        WriteLine("{");
        _indent++;
        return new Scope(this, string.Empty);
    }

    /// <summary>As <see cref="Block"/>, closing with <c>};</c> (object initializers and <c>with</c> expressions).</summary>
    public Scope Initializer(string line)
    {
        WriteLine(line);
        WriteLine("{");
        _indent++;
        return new Scope(this, ";");
    }

    public override string ToString() => _builder.ToString();

    internal readonly struct Scope : IDisposable
    {
        private readonly SourceWriter _writer;
        private readonly string _suffix;

        public Scope(SourceWriter writer, string suffix)
        {
            _writer = writer;
            _suffix = suffix;
        }

        public void Dispose()
        {
            _writer._indent--;
            _writer.WriteLine("}" + _suffix);
        }
    }
}
