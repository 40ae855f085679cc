namespace StaticBench.Site.Model;

/// <summary>
/// Links a project commit to its page on the repository host (<c>&lt;repository&gt;/commit/&lt;sha&gt;</c>),
/// only for absolute http(s) repository URLs: <c>javascript:</c>, <c>data:</c>, relative or
/// malformed repository strings from a result file get no link at all.
/// </summary>
public static class CommitLink
{
    public static string? For(string repository, string commit) =>
        Base(repository) is { } basePath ? $"{basePath}/commit/{Uri.EscapeDataString(commit)}" : null;

    /// <summary>The repository's web address that <see cref="For"/> puts <c>/commit/&lt;sha&gt;</c> after; null when it gets no links.</summary>
    public static string? Repository(string repository) => Base(repository);

    /// <summary>The compare view <c>&lt;repository&gt;/compare/&lt;from&gt;...&lt;to&gt;</c> of a commit range, under the same rules.</summary>
    public static string? Range(string repository, string from, string to) =>
        Base(repository) is { } basePath ? $"{basePath}/compare/{Uri.EscapeDataString(from)}...{Uri.EscapeDataString(to)}" : null;

    private static string? Base(string repository)
    {
        if (!Uri.TryCreate(repository.Trim(), UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)
            || string.IsNullOrEmpty(uri.Host))
        {
            return null;
        }

        var basePath = uri.GetLeftPart(UriPartial.Path).TrimEnd('/');
        basePath = basePath.EndsWith(".git", StringComparison.Ordinal) ? basePath[..^4] : basePath;
        return basePath;
    }
}
