namespace StaticBench.Site.Markdown;

/// <summary>
/// Which URLs a Markdown document may link to: absolute http(s) and mailto, fragments, and relative
/// paths (with <c>.md</c> rewritten to <c>.html</c>). Anything with another scheme
/// (<c>javascript:</c>, <c>data:</c>, <c>vbscript:</c>, obfuscated with spaces or case) becomes <c>#</c>.
/// </summary>
public static class UrlPolicy
{
    private static readonly string[] AllowedSchemes = ["http", "https", "mailto"];

    public static string? Rewrite(string? url)
    {
        if (string.IsNullOrEmpty(url))
        {
            return url;
        }

        var compact = new string(url.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray());
        var colon = compact.IndexOf(':');
        var firstDelimiter = compact.IndexOfAny(['/', '?', '#']);
        var hasScheme = colon >= 0 && (firstDelimiter < 0 || colon < firstDelimiter);
        if (hasScheme)
        {
            return AllowedSchemes.Contains(compact[..colon].ToLowerInvariant()) ? url : "#";
        }

        return RewriteMarkdownLink(url);
    }

    private static string RewriteMarkdownLink(string url)
    {
        var cut = url.IndexOfAny(['?', '#']);
        var path = cut < 0 ? url : url[..cut];
        var rest = cut < 0 ? "" : url[cut..];
        return path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) ? path[..^3] + ".html" + rest : url;
    }
}
