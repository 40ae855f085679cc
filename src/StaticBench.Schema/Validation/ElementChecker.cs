using System.Text.Json;

namespace StaticBench.Schema.Validation;

/// <summary>Small typed checks over a JSON element that collect problems with their JSON paths.</summary>
internal sealed class ElementChecker(string file)
{
    private readonly List<ValidationProblem> _problems = [];

    public IReadOnlyList<ValidationProblem> Problems => _problems;

    public void Fail(string path, string message) => _problems.Add(new ValidationProblem(file, path, message));

    public static string Child(string path, string name) => $"{path}.{name}";

    public static string Item(string path, int index) => $"{path}[{index}]";

    /// <summary>Returns the member when present and not null; reports it when required and absent.</summary>
    public JsonElement? Member(JsonElement obj, string path, string name, bool required)
    {
        if (obj.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null)
        {
            return value;
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

        var s = v.GetString()!;
        if (required && string.IsNullOrWhiteSpace(s))
        {
            Fail(Child(path, name), "must not be empty");
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
        if (DateTimeOffset.TryParse(s, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var t)
            && (s.EndsWith('Z') || s.EndsWith('z') || HasOffset(s)))
        {
            return t;
        }

        Fail(Child(path, name), $"must be an ISO 8601 time with a time zone (e.g. 2026-11-21T10:00:00Z), not \"{s}\"");
        return null;
    }

    public long? Integer(JsonElement obj, string path, string name, bool required, long min)
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

        if (n < min)
        {
            Fail(Child(path, name), $"must be at least {min}, not {n}");
            return null;
        }

        return n;
    }

    public double? Finite(JsonElement element, string path)
    {
        if (element.ValueKind != JsonValueKind.Number)
        {
            Fail(path, $"must be a number, not {Describe(element)}");
            return null;
        }

        var d = element.GetDouble();
        if (!double.IsFinite(d))
        {
            Fail(path, $"must be a finite number, not {element.GetRawText()}");
            return null;
        }

        return d;
    }

    public static string Describe(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.String => $"the string \"{Truncate(e.GetString()!)}\"",
        JsonValueKind.Number => $"the number {e.GetRawText()}",
        JsonValueKind.Array => "an array",
        JsonValueKind.Object => "an object",
        JsonValueKind.True or JsonValueKind.False => $"the boolean {e.GetRawText()}",
        _ => "null",
    };

    private static string Truncate(string s) => s.Length <= 60 ? s : s[..57] + "...";

    private static bool HasOffset(string s)
    {
        var t = s.LastIndexOf('T');
        var tail = t < 0 ? "" : s[t..];
        return tail.Contains('+') || tail.Contains('-');
    }
}
