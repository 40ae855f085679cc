namespace StaticBench.Site.Model;

/// <summary>
/// Links a project commit to its page on the repository host (<c>&lt;repository&gt;/commit/&lt;sha&gt;</c>),
/// only for absolute http(s) repository URLs: <c>javascript:</c>, <c>data:</c>, relative or
/// malformed repository strings from a result file get no link at all.
/// </summary>
public static class CommitLink
{
    public static string? For(string repository, string commit)
    {
        if (!Uri.TryCreate(repository.Trim(), UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)
            || string.IsNullOrEmpty(uri.Host))
        {
            return null;
        }

        var basePath = uri.GetLeftPart(UriPartial.Path).TrimEnd('/');
        basePath = basePath.EndsWith(".git", StringComparison.Ordinal) ? basePath[..^4] : basePath;
        return $"{basePath}/commit/{Uri.EscapeDataString(commit)}";
    }
}
