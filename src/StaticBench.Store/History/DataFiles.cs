using System.Text.Json;
using System.Text.Json.Nodes;
using StaticBench.Schema.Model;
using StaticBench.Schema.References;
using StaticBench.Schema.Validation;

namespace StaticBench.Store.History;

/// <summary>
/// Which files under the data folder mean what: result files under <c>results/</c>, Markdown documents
/// anywhere, acknowledgements of known changes under <c>acknowledgements/</c>, other systems' published numbers
/// under <c>references/</c> (docs/result-format.md) and the settings file <c>staticbench.json</c> at the root
/// (docs/statistics.md).
/// </summary>
internal static class DataFiles
{
    public const string ResultsFolder = "results/";

    public const string AcknowledgementsFolder = "acknowledgements/";

    public const string ReferencesFolder = "references/";

    public const string SettingsFile = "staticbench.json";

    public static bool IsAcknowledgement(string path) =>
        path.StartsWith(AcknowledgementsFolder, StringComparison.Ordinal) && path.EndsWith(".json", StringComparison.OrdinalIgnoreCase);

    public static bool IsReference(string path) =>
        path.StartsWith(ReferencesFolder, StringComparison.Ordinal) && path.EndsWith(".json", StringComparison.OrdinalIgnoreCase);

    public static bool IsSettings(string path) => path == SettingsFile;

    public static bool IsResult(string path) =>
        path.StartsWith(ResultsFolder, StringComparison.Ordinal) && path.EndsWith(".json", StringComparison.OrdinalIgnoreCase);

    public static bool IsDocument(string path) => path.EndsWith(".md", StringComparison.OrdinalIgnoreCase);

    public static bool IsRelevant(string path) => IsResult(path) || IsDocument(path) || IsAcknowledgement(path) || IsReference(path) || IsSettings(path);

    /// <summary>
    /// The parse cache's key for a blob at <paramref name="path"/>: its id and the kind of file the path makes it.
    /// The same bytes can be a Markdown document at one path and a result at another; keyed by id alone, the
    /// first one read would decide for both (a run then vanished from the site).
    /// </summary>
    public static string BlobKey(string path, string blobId) =>
        IsDocument(path) ? $"md:{blobId}"
        : IsAcknowledgement(path) ? $"acknowledgement:{blobId}"
        : IsReference(path) ? $"reference:{blobId}"
        : IsSettings(path) ? $"settings:{blobId}"
        : $"result:{blobId}";

    /// <summary>Parses a blob's bytes as what its path says it is.</summary>
    public static CachedBlob Parse(string path, string displayPath, byte[] content, ResultInterner? interner = null)
    {
        if (IsDocument(path))
        {
            return new CachedBlob { Markdown = System.Text.Encoding.UTF8.GetString(content) };
        }

        if (IsAcknowledgement(path))
        {
            return ParseAcknowledgement(path, content);
        }

        if (IsSettings(path))
        {
            return ParseSettings(content);
        }

        if (IsReference(path))
        {
            var reference = ReferenceReader.Read(content, displayPath);
            return reference.IsValid ? new CachedBlob { Reference = reference.References } : Skipped(reference.Problems);
        }

        var outcome = ResultReader.Read(content, displayPath, interner);
        return outcome.IsValid ? new CachedBlob { Run = outcome.Result } : Skipped(outcome.Problems);
    }

    /// <summary>The first few problems of a file left out, by JSON path, as one line.</summary>
    private static CachedBlob Skipped(IReadOnlyList<ValidationProblem> problems)
    {
        const int shown = 5;
        var reasons = problems.Take(shown).Select(p => $"{p.Path}: {p.Message}");
        var more = problems.Count > shown ? $" (and {problems.Count - shown} more)" : "";
        return new CachedBlob { SkipReason = string.Join("; ", reasons) + more };
    }

    /// <summary><c>{"series": "id or key", "commit": "project commit (7+ hex)", "note": "why"}</c>.</summary>
    private static CachedBlob ParseAcknowledgement(string path, byte[] content)
    {
        try
        {
            var root = JsonNode.Parse(content) as JsonObject ?? throw new JsonException("expected an object");
            var series = Text(root, "series");
            var commit = Text(root, "commit");
            var note = root["note"] is null ? "" : Text(root, "note");
            if (series.Length == 0)
            {
                return new CachedBlob { SkipReason = "$.series: must name a series (its id or key)" };
            }

            if (commit.Length < 7 || !commit.All(Uri.IsHexDigit))
            {
                return new CachedBlob { SkipReason = "$.commit: must be a commit id of at least 7 hex digits" };
            }

            return new CachedBlob { Acknowledgement = new Acknowledgement(path, series, commit.ToLowerInvariant(), note) };
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
        {
            return new CachedBlob { SkipReason = $"invalid acknowledgement: {e.Message}" };
        }
    }

    /// <summary><c>{"minEffect": 0.02, "benchmarkMinEffect": {"suite/name": 0.05}}</c>, fractions in (0, 1).</summary>
    private static CachedBlob ParseSettings(byte[] content)
    {
        try
        {
            var root = JsonNode.Parse(content) as JsonObject ?? throw new JsonException("expected an object");
            double? global = root["minEffect"] is { } m ? Fraction(m, "$.minEffect") : null;
            var perBenchmark = new Dictionary<string, double>(StringComparer.Ordinal);
            if (root["benchmarkMinEffect"] is JsonObject map)
            {
                foreach (var (name, value) in map)
                {
                    perBenchmark[name] = Fraction(value, $"$.benchmarkMinEffect['{name}']");
                }
            }

            return new CachedBlob { Settings = new DataSettings { MinEffect = global, BenchmarkMinEffect = perBenchmark } };
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException or ArgumentException)
        {
            return new CachedBlob { SkipReason = $"invalid settings: {e.Message}" };
        }
    }

    private static string Text(JsonObject root, string name) =>
        root[name]?.GetValue<string>().Trim() ?? throw new JsonException($"$.{name}: required");

    private static double Fraction(JsonNode? node, string path)
    {
        var value = node?.GetValue<double>() ?? throw new JsonException($"{path}: required");
        return value is > 0 and < 1 ? value : throw new ArgumentException($"{path}: a fraction between 0 and 1 (0.02 = 2%)");
    }
}
