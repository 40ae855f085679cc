namespace StaticBench.Site.Output;

/// <summary>
/// Checks site-relative paths before anything touches the disk: '/'-separated, relative, no
/// <c>.</c>/<c>..</c> segments, no backslashes or control characters. Names derived from data go
/// through slugs first; this is the last line of defence against writing outside the site folder.
/// </summary>
public static class SitePath
{
    public static bool IsValid(string path) =>
        path.Length > 0
        && !path.StartsWith('/')
        && !path.Contains('\\')
        && !path.Contains(':')
        && !path.Any(char.IsControl)
        && path.Split('/').All(segment => segment.Length > 0 && segment != "." && segment != "..");

    /// <summary>Returns <paramref name="path"/>, or throws when it is not a valid site path.</summary>
    public static string Check(string path) =>
        IsValid(path) ? path : throw new ArgumentException($"Not a safe site-relative path: '{path}'.", nameof(path));

    /// <summary>The prefix that leads from a page at <paramref name="path"/> back to the site root (<c>../</c> per folder).</summary>
    public static string RootFrom(string path) => string.Concat(Enumerable.Repeat("../", path.Count(c => c == '/')));
}
