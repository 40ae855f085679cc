namespace StaticBench.Store.Git;

/// <summary>
/// Where a data repository lives: a local folder (opened in place; <c>file://</c> URLs count as local
/// because libgit2's local transport updates branches without compare-and-swap), or a remote URL
/// (mirrored into a cache folder, pushed over the network transport).
/// </summary>
public sealed record DataRepositoryLocation(string Value, bool IsRemote)
{
    /// <summary>Parses a <c>--data</c>/<c>--repo</c> argument.</summary>
    public static DataRepositoryLocation Parse(string pathOrUrl)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(pathOrUrl);
        if (Uri.TryCreate(pathOrUrl, UriKind.Absolute, out var uri) && uri.IsFile && pathOrUrl.StartsWith("file:", StringComparison.OrdinalIgnoreCase))
        {
            return new DataRepositoryLocation(uri.LocalPath, IsRemote: false);
        }

        var looksRemote = pathOrUrl.Contains("://", StringComparison.Ordinal)
            || (pathOrUrl.Contains('@') && pathOrUrl.Contains(':') && !Path.Exists(pathOrUrl)); // scp-like git@host:org/repo
        return looksRemote
            ? new DataRepositoryLocation(pathOrUrl, IsRemote: true)
            : new DataRepositoryLocation(Path.GetFullPath(pathOrUrl), IsRemote: false);
    }

    public override string ToString() => Value;
}
