using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Privacy.Policy.Generators.Emitting;

/// <summary>
/// Writes compact JSON, the same bytes for the same calls: the generator targets netstandard2.0 and loads in the
/// compiler, where System.Text.Json is not ours to reference, and the catalog needs only objects, arrays, strings,
/// integers and booleans.
/// </summary>
internal sealed class JsonBuilder
{
    private readonly StringBuilder _text = new();

    // Whether the object or array being written has had an element yet, innermost last: the next one needs a comma.
    private readonly List<bool> _started = new();

    public void StartObject() => Open('{');

    public void EndObject() => Close('}');

    public void StartArray() => Open('[');

    public void EndArray() => Close(']');

    /// <summary>Writes a property name; its value follows.</summary>
    public void Name(string name)
    {
        Separate();
        WriteString(name);
        _text.Append(':');

        // The value that follows is this element, not another one.
        _started[_started.Count - 1] = false;
    }

    public void String(string value)
    {
        Separate();
        WriteString(value);
    }

    public void Number(int value)
    {
        Separate();
        _text.Append(value.ToString(CultureInfo.InvariantCulture));
    }

    public void Boolean(bool value)
    {
        Separate();
        _text.Append(value ? "true" : "false");
    }

    public void String(string name, string value)
    {
        Name(name);
        String(value);
    }

    /// <summary>Writes the property only when <paramref name="value"/> is not null: the format omits absent values.</summary>
    public void OptionalString(string name, string? value)
    {
        if (value is not null)
        {
            String(name, value);
        }
    }

    public void Number(string name, int value)
    {
        Name(name);
        Number(value);
    }

    public void Boolean(string name, bool value)
    {
        Name(name);
        Boolean(value);
    }

    public override string ToString() => _text.ToString();

    private void Open(char bracket)
    {
        Separate();
        _text.Append(bracket);
        _started.Add(false);
    }

    private void Close(char bracket)
    {
        _started.RemoveAt(_started.Count - 1);
        _text.Append(bracket);
    }

    private void Separate()
    {
        if (_started.Count == 0)
        {
            return;
        }

        if (_started[_started.Count - 1])
        {
            _text.Append(',');
        }

        _started[_started.Count - 1] = true;
    }

    /// <summary>A JSON string: quotes, backslashes and control characters escaped (RFC 8259 section 7), the rest as is.</summary>
    private void WriteString(string value)
    {
        _text.Append('"');
        foreach (char c in value)
        {
            switch (c)
            {
                case '"': _text.Append("\\\""); break;
                case '\\': _text.Append("\\\\"); break;
                case '\n': _text.Append("\\n"); break;
                case '\r': _text.Append("\\r"); break;
                case '\t': _text.Append("\\t"); break;
                case '\b': _text.Append("\\b"); break;
                case '\f': _text.Append("\\f"); break;
                default:
                    if (c < ' ' || c == '\u2028' || c == '\u2029')
                    {
                        _text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        _text.Append(c);
                    }

                    break;
            }
        }

        _text.Append('"');
    }
}
