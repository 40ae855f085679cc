using StaticBench.Schema.Validation;

namespace StaticBench.Store.History;

/// <summary>Which files under the data folder mean what: result files under <c>results/</c>, Markdown documents anywhere.</summary>
internal static class DataFiles
{
    public const string ResultsFolder = "results/";

    public static bool IsResult(string path) =>
        path.StartsWith(ResultsFolder, StringComparison.Ordinal) && path.EndsWith(".json", StringComparison.OrdinalIgnoreCase);

    public static bool IsDocument(string path) => path.EndsWith(".md", StringComparison.OrdinalIgnoreCase);

    public static bool IsRelevant(string path) => IsResult(path) || IsDocument(path);

    /// <summary>Parses a blob's bytes as what its path says it is.</summary>
    public static CachedBlob Parse(string path, string displayPath, byte[] content)
    {
        if (IsDocument(path))
        {
            return new CachedBlob { Markdown = System.Text.Encoding.UTF8.GetString(content) };
        }

        var outcome = ResultReader.Read(content, displayPath);
        if (outcome.IsValid)
        {
            return new CachedBlob { Run = outcome.Result };
        }

        const int shown = 5;
        var reasons = outcome.Problems.Take(shown).Select(p => $"{p.Path}: {p.Message}");
        var more = outcome.Problems.Count > shown ? $" (and {outcome.Problems.Count - shown} more)" : "";
        return new CachedBlob { SkipReason = string.Join("; ", reasons) + more };
    }
}
