using System.Text.Json;
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
internal static class DataBranchFiles
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

    /// <summary>Parses a blob's bytes as what its path says it is; keeps no reference to <paramref name="content"/>.</summary>
    public static CachedBlob Parse(string path, string displayPath, ReadOnlySpan<byte> content, ResultInterner? interner = null)
    {
        if (IsDocument(path))
        {
            return new CachedBlob { Markdown = System.Text.Encoding.UTF8.GetString(content) };
        }

        if (IsAcknowledgement(path))
        {
            return ParseAcknowledgement(path, displayPath, content.ToArray());
        }

        if (IsSettings(path))
        {
            return ParseSettings(displayPath, content.ToArray());
        }

        if (IsReference(path))
        {
            var reference = ReferenceReader.Read(content.ToArray(), displayPath);
            return reference.IsValid ? new CachedBlob { Reference = reference.References } : Skipped(reference.Problems);
        }

        var outcome = ResultReader.ReadSpan(content, displayPath, interner);
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
    private static CachedBlob ParseAcknowledgement(string path, string displayPath, byte[] content) =>
        ReadStrict(content, displayPath, (c, root) =>
        {
            var series = c.String(root, "$", "series", required: true)?.Trim();
            var commit = c.String(root, "$", "commit", required: true)?.Trim();
            var note = c.String(root, "$", "note", required: false)?.Trim() ?? "";
            if (commit is not null && (commit.Length < 7 || !commit.All(Uri.IsHexDigit)))
            {
                c.Fail("$.commit", $"{ElementChecker.Quote(commit)} is not a commit id of at least 7 hex digits");
            }

            return c.Problems.Count > 0 ? null : new CachedBlob { Acknowledgement = new Acknowledgement(path, series!, commit!.ToLowerInvariant(), note) };
        });

    /// <summary><c>{"minEffect": 0.02, "benchmarkMinEffect": {"suite/name": 0.05}}</c>, fractions in (0, 1).</summary>
    private static CachedBlob ParseSettings(string displayPath, byte[] content) =>
        ReadStrict(content, displayPath, (c, root) =>
        {
            var global = c.Member(root, "$", "minEffect", required: false) is { } m ? Fraction(c, m, "$.minEffect") : null;
            var perBenchmark = new Dictionary<string, double>(StringComparer.Ordinal);
            var map = c.Member(root, "$", "benchmarkMinEffect", required: false);
            if (c.IsObject(map, "$.benchmarkMinEffect"))
            {
                foreach (var member in map!.Value.EnumerateObject())
                {
                    var memberPath = ElementChecker.Child("$.benchmarkMinEffect", member.Name);
                    if (c.Text(member.Name, memberPath, required: true) is { } name && Fraction(c, member.Value, memberPath) is { } fraction)
                    {
                        perBenchmark[name] = fraction;
                    }
                }
            }

            return c.Problems.Count > 0 ? null : new CachedBlob { Settings = new DetectionSettings { MinEffect = global, BenchmarkMinEffect = perBenchmark } };
        });

    /// <summary>Parses with the result format's strict reader and checks the root is an object, then lets <paramref name="read"/>
    /// check the members; any problem (file, JSON path, what) makes the file skipped.</summary>
    private static CachedBlob ReadStrict(byte[] content, string displayPath, Func<ElementChecker, JsonElement, CachedBlob?> read)
    {
        var input = StrictJson.Parse(content, displayPath);
        if (input.Problem is { } problem)
        {
            return Skipped([problem]);
        }

        using var document = input.Document!;
        var c = new ElementChecker(displayPath);
        return c.IsObject(document.RootElement, "$") && read(c, document.RootElement) is { } blob ? blob : Skipped(c.Problems);
    }

    private static double? Fraction(ElementChecker c, JsonElement value, string path) =>
        c.Finite(value, path) is not { } d ? null
        : d is > 0 and < 1 ? d
        : Failed(c, path, $"is {d:R}: must be a fraction between 0 and 1 (0.02 = 2%)");

    private static double? Failed(ElementChecker c, string path, string message)
    {
        c.Fail(path, message);
        return null;
    }
}
