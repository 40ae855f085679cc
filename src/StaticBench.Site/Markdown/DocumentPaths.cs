using StaticBench.Site.Model;
using StaticBench.Site.Output;

namespace StaticBench.Site.Markdown;

/// <summary>
/// Where a Markdown document's page goes: the same path with <c>.html</c> (<c>notes/x.md</c> →
/// <c>notes/x.html</c>). Segments with characters other than letters, digits, <c>.</c>, <c>_</c>,
/// <c>-</c> are slugged; paths that would collide with the site's own pages move under <c>docs/</c>.
/// </summary>
public static class DocumentPaths
{
    private static readonly string[] Reserved = ["index.html", "runs.html", "index.json"];
    private static readonly string[] ReservedFolders = ["assets/", "benchmarks/"];

    /// <summary>The page path for <paramref name="source"/>, or null when it cannot be placed safely.</summary>
    public static string? PageFor(string source)
    {
        var withoutExtension = source.EndsWith(".md", StringComparison.OrdinalIgnoreCase) ? source[..^3] : source;
        var segments = withoutExtension.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length == 0 || segments.Any(s => s is "." or ".."))
        {
            return null;
        }

        var page = string.Join("/", segments.Select(Safe)) + ".html";
        if (Reserved.Contains(page, StringComparer.OrdinalIgnoreCase)
            || ReservedFolders.Any(f => page.StartsWith(f, StringComparison.OrdinalIgnoreCase)))
        {
            page = "docs/" + page;
        }

        return SitePath.IsValid(page) ? page : null;
    }

    private static string Safe(string segment) =>
        segment.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-') && !segment.StartsWith('.')
            ? segment
            : Slug.Of(segment);
}
