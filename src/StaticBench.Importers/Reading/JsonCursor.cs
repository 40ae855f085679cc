using System.Text.Json;

namespace StaticBench.Importers.Reading;

/// <summary>
/// A JSON value with the file and JSON path it came from, so that every importer's complaint reads
/// <c>FILE: $.results[2].times: expected an array of numbers</c> without each one tracking paths itself.
/// </summary>
public readonly record struct JsonCursor(JsonElement Element, string File, string Path)
{
    /// <summary>Parses a whole file; malformed JSON is reported with its line and byte.</summary>
    public static JsonCursor Parse(ImportSource source)
    {
        try
        {
            using var document = JsonDocument.Parse(source.Content, new JsonDocumentOptions { AllowTrailingCommas = true, MaxDepth = 64 });
            return new JsonCursor(document.RootElement.Clone(), source.Path, "$");
        }
        catch (JsonException e)
        {
            throw new ImportException(source.Path, $"line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1}", $"is not valid JSON: {e.Message.Split(" Path:")[0]}");
        }
    }

    public JsonValueKind Kind => Element.ValueKind;

    public bool Has(string name) => Kind == JsonValueKind.Object && Element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null;

    /// <summary>A member that must be there.</summary>
    public JsonCursor this[string name] => Optional(name) ?? throw new ImportException(File, Path, $"expected a member \"{name}\"");

    /// <summary>A member that may be missing or null.</summary>
    public JsonCursor? Optional(string name)
    {
        if (Kind != JsonValueKind.Object)
        {
            throw Expected("an object");
        }

        return Element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null
            ? new JsonCursor(value, File, $"{Path}.{name}")
            : null;
    }

    public IEnumerable<JsonCursor> Items()
    {
        if (Kind != JsonValueKind.Array)
        {
            throw Expected("an array");
        }

        var (file, path) = (File, Path);
        return Element.EnumerateArray().Select((item, i) => new JsonCursor(item, file, $"{path}[{i}]"));
    }

    public IEnumerable<(string Name, JsonCursor Value)> Members()
    {
        if (Kind != JsonValueKind.Object)
        {
            throw Expected("an object");
        }

        var (file, path) = (File, Path);
        return Element.EnumerateObject().Select(p => (p.Name, new JsonCursor(p.Value, file, $"{path}.{p.Name}")));
    }

    public string String() => Kind == JsonValueKind.String ? Element.GetString()! : throw Expected("a string");

    /// <summary>A finite number (a number written as a string, as some tools do, is accepted).</summary>
    public double Number() => Kind switch
    {
        JsonValueKind.Number when Element.GetDouble() is var d && double.IsFinite(d) => d,
        JsonValueKind.String when ToolUnit.TryParseNumber(Element.GetString()!, out var d) => d,
        _ => throw Expected("a finite number"),
    };

    public double[] Numbers() => [.. Items().Select(item => item.Number())];

    /// <summary>A scalar as text, whatever its JSON type.</summary>
    public string Text() => Kind == JsonValueKind.String ? Element.GetString()! : Element.GetRawText();

    public ImportException Expected(string what) => new(File, Path, $"expected {what}, found {Describe()}");

    private string Describe() => Kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => $"the string {Element.GetRawText()}",
        JsonValueKind.Number => $"the number {Element.GetRawText()}",
        JsonValueKind.Undefined => "nothing",
        _ => Element.GetRawText(),
    };
}
