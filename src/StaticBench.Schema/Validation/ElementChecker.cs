using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using StaticBench.Schema.Json;

namespace StaticBench.Schema.Validation;

/// <summary>
/// Small typed checks over a JSON element that collect problems with their JSON paths: the one reader behind the
/// result validator and every file StaticBench reads from outside (the engines file, the bot's config file, and the
/// acknowledgement and settings files of a data branch). Parse with <see cref="StrictJson"/> first.
/// </summary>
public sealed partial class ElementChecker(string file)
{
    private readonly List<ValidationProblem> _problems = [];

    public IReadOnlyList<ValidationProblem> Problems => _problems;

    public void Fail(string path, string message) => _problems.Add(new ValidationProblem(file, path, message));

    /// <summary><c>$.run</c> + <c>id</c> → <c>$.run.id</c>; a name that is not a plain word is quoted: <c>$.parameters['a b']</c>.</summary>
    public static string Child(string path, string name) =>
        PlainName().IsMatch(name) ? $"{path}.{name}" : $"{path}['{Escape(name).Replace("'", "\\'", StringComparison.Ordinal)}']";

    public static string Item(string path, int index) => $"{path}[{index}]";

    /// <summary>Returns the member when present; reports it when required and absent, and when null (the format has
    /// no null values: an optional member without a value is left out).</summary>
    public JsonElement? Member(JsonElement obj, string path, string name, bool required)
    {
        if (obj.TryGetProperty(name, out var value))
        {
            if (value.ValueKind != JsonValueKind.Null)
            {
                return value;
            }

            Fail(Child(path, name), required ? "is required and must not be null" : "must not be null: leave the member out instead");
            return null;
        }

        if (required)
        {
            Fail(Child(path, name), "is required");
        }

        return null;
    }

    public bool IsObject(JsonElement? element, string path)
    {
        if (element is not { } e)
        {
            return false;
        }

        if (e.ValueKind == JsonValueKind.Object)
        {
            return true;
        }

        Fail(path, $"must be an object, not {Describe(e)}");
        return false;
    }

    public string? String(JsonElement obj, string path, string name, bool required)
    {
        var value = Member(obj, path, name, required);
        if (value is not { } v)
        {
            return null;
        }

        if (v.ValueKind != JsonValueKind.String)
        {
            Fail(Child(path, name), $"must be a string, not {Describe(v)}");
            return null;
        }

        return Text(v.GetString()!, Child(path, name), required);
    }

    /// <summary>Checks a string's content: no control characters (they end up in file names, commit messages and
    /// terminals), and not blank when <paramref name="required"/>.</summary>
    public string? Text(string s, string path, bool required)
    {
        if (required && string.IsNullOrWhiteSpace(s))
        {
            Fail(path, "must not be empty");
            return null;
        }

        var control = s.AsSpan().IndexOfAnyInRange('\u0000', '\u001f');
        if (control < 0)
        {
            control = s.AsSpan().IndexOfAnyInRange('\u007f', '\u009f');
        }

        if (control >= 0)
        {
            Fail(path, $"must not contain control characters (U+{(int)s[control]:X4} at index {control}): {Quote(s)}");
            return null;
        }

        return s;
    }

    public DateTimeOffset? Timestamp(JsonElement obj, string path, string name)
    {
        var s = String(obj, path, name, required: true);
        if (s is null)
        {
            return null;
        }

        // ISO 8601 with an explicit offset: a timestamp without one means different instants on different runners.
        if (Json.Timestamp.TryParse(s, out var t))
        {
            return t;
        }

        Fail(Child(path, name), $"must be an ISO 8601 time with a time zone (e.g. 2026-11-21T10:00:00Z), not {Quote(s)}");
        return null;
    }

    public long? Integer(JsonElement obj, string path, string name, bool required, long min, long max = int.MaxValue)
    {
        var value = Member(obj, path, name, required);
        if (value is not { } v)
        {
            return null;
        }

        if (v.ValueKind != JsonValueKind.Number || !v.TryGetInt64(out var n))
        {
            Fail(Child(path, name), $"must be a whole number, not {Describe(v)}");
            return null;
        }

        if (n < min || n > max)
        {
            Fail(Child(path, name), $"must be between {min} and {max}, not {n}");
            return null;
        }

        return n;
    }

    /// <summary>Reports every member of <paramref name="obj"/> not in <paramref name="known"/>: in a hand-written file a typo must
    /// not fall back to a default silently.</summary>
    public void OnlyKnown(JsonElement obj, string path, IReadOnlyCollection<string> known)
    {
        foreach (var member in obj.EnumerateObject())
        {
            if (!known.Contains(member.Name))
            {
                Fail(Child(path, member.Name), $"unknown key; known: {string.Join(", ", known)}");
            }
        }
    }

    public bool? Boolean(JsonElement obj, string path, string name, bool required)
    {
        var value = Member(obj, path, name, required);
        if (value is not { } v)
        {
            return null;
        }

        if (v.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return v.GetBoolean();
        }

        Fail(Child(path, name), $"must be true or false, not {Describe(v)}");
        return null;
    }

    /// <summary>A finite number from <paramref name="min"/> to <paramref name="max"/>.</summary>
    public double? Number(JsonElement obj, string path, string name, bool required, double min, double max)
    {
        var value = Member(obj, path, name, required);
        if (value is not { } v)
        {
            return null;
        }

        if (v.ValueKind == JsonValueKind.Number && v.TryGetDouble(out var d) && d >= min && d <= max)
        {
            return d;
        }

        Fail(Child(path, name), $"must be a number from {min} to {max}, not {Describe(v)}");
        return null;
    }

    /// <summary>An array of non-empty strings without control characters; <paramref name="hint"/> is added to the message when it is
    /// something else (say, <c>never a shell line</c> for a command).</summary>
    public IReadOnlyList<string>? Strings(JsonElement obj, string path, string name, bool required, string? hint = null)
    {
        var value = Member(obj, path, name, required);
        if (value is not { } v)
        {
            return null;
        }

        var arrayPath = Child(path, name);
        if (v.ValueKind != JsonValueKind.Array)
        {
            Fail(arrayPath, $"must be an array of strings{(hint is null ? "" : $" ({hint})")}, not {Describe(v)}");
            return null;
        }

        var items = new List<string>();
        var i = 0;
        foreach (var item in v.EnumerateArray())
        {
            var itemPath = Item(arrayPath, i++);
            if (item.ValueKind != JsonValueKind.String)
            {
                Fail(itemPath, $"must be a string, not {Describe(item)}");
            }
            else if (Text(item.GetString()!, itemPath, required: true) is { } text)
            {
                items.Add(text);
            }
        }

        return items.Count == i ? items : null;
    }

    public double? Finite(JsonElement element, string path)
    {
        if (element.ValueKind != JsonValueKind.Number)
        {
            Fail(path, $"must be a number, not {Describe(element)}");
            return null;
        }

        // TryGetDouble is false for a number beyond double's range (1e400), which GetDouble would throw on.
        if (!element.TryGetDouble(out var d) || !double.IsFinite(d))
        {
            Fail(path, $"must be a finite number, not {Truncate(element.GetRawText())}");
            return null;
        }

        return d;
    }

    public static string Describe(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.String => $"the string {Quote(e.GetString()!)}",
        JsonValueKind.Number => $"the number {Truncate(e.GetRawText())}",
        JsonValueKind.Array => "an array",
        JsonValueKind.Object => "an object",
        JsonValueKind.True or JsonValueKind.False => $"the boolean {e.GetRawText()}",
        _ => "null",
    };

    /// <summary>A string from the file as it may be shown in a message: quoted, escaped like JSON (so a newline or a
    /// terminal escape shows as <c>\n</c>, <c>\u001b</c>), cut after 60 characters.</summary>
    public static string Quote(string s) => $"\"{Escape(Truncate(s))}\"";

    /// <summary><paramref name="s"/> with each control character (U+0000–U+001F, U+007F–U+009F) written as <c>\u00XX</c>, so a
    /// message never carries one to a terminal.</summary>
    public static string EscapeControl(string s)
    {
        if (!ControlCharacters.In(s))
        {
            return s;
        }

        var escaped = new System.Text.StringBuilder(s.Length + 8);
        foreach (var ch in s)
        {
            escaped.Append(ControlCharacters.Is(ch) ? $"\\u{(int)ch:x4}" : ch.ToString());
        }

        return escaped.ToString();
    }

    private static string Escape(string s) => JsonEncodedText.Encode(s, JavaScriptEncoder.UnsafeRelaxedJsonEscaping).ToString();

    private static string Truncate(string s)
    {
        if (s.Length <= 60)
        {
            return s;
        }

        var cut = char.IsHighSurrogate(s[56]) ? 56 : 57; // never split a surrogate pair
        return s[..cut] + "...";
    }

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*\\z")]
    private static partial Regex PlainName();
}
