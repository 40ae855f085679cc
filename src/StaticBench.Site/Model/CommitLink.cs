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

    /// <summary>The last repository this thread linked and its <see cref="Base"/>: every run of a history names the same few.</summary>
    [ThreadStatic]
    private static (string Repository, string? Base)? Last;

    /// <summary>
    /// <see cref="Parse"/>, remembered for the repository this thread asked for last: the commit table and the runs pages
    /// link every commit and every run, and parsing the address each time was most of the site model's time on a
    /// 100,000-run history.
    /// </summary>
    private static string? Base(string repository)
    {
        if (Last is { } last && string.Equals(last.Repository, repository, StringComparison.Ordinal))
        {
            return last.Base;
        }

        var parsed = Parse(repository);
        Last = (repository, parsed);
        return parsed;
    }

    private static string? Parse(string repository)
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
