namespace StaticBench.Store.History;

/// <summary>What to read from a data repository.</summary>
/// <param name="Branch">The branch holding the results (a local branch, or <c>origin/&lt;branch&gt;</c> in a mirror).</param>
/// <param name="DataFolder">The folder inside the repository that holds <c>results/</c> and Markdown files; "" for the root.</param>
/// <param name="CacheFile">Where to keep the incremental cache; null reads everything every time.</param>
/// <param name="BuiltTip">The data commit an earlier build already showed: when the branch still points there, nothing is read (<see cref="HistoryReport.Unchanged"/>).</param>
public sealed record HistoryOptions(string Branch = "main", string DataFolder = "", string? CacheFile = null, string? BuiltTip = null)
{
    /// <summary>The data folder as a tree path, cleaned exactly as <c>record</c> cleans it (<see cref="Layout.ResultLayout.NormalizeFolder"/>), so <c>--path ./data</c> reads what it wrote.</summary>
    public string NormalizedFolder => Layout.ResultLayout.NormalizeFolder(DataFolder);
}

/// <summary>What a history read produced and what it cost: how many commits it walked and blobs it read.</summary>
public sealed record HistoryReport(Schema.Model.DataSnapshot Snapshot, int CommitsWalked, int BlobsRead, bool UsedCache)
{
    /// <summary>The branch still points at <see cref="HistoryOptions.BuiltTip"/>: nothing was read, and <see cref="Snapshot"/> holds only that commit.</summary>
    public bool Unchanged { get; init; }
}

/// <summary>Where the incremental history cache of a data repository lives by default.</summary>
public static class HistoryCacheFile
{
    /// <summary>
    /// <c>&lt;root&gt;/history/&lt;sha256 of location, branch and folder&gt;.cache</c>, beside the remote mirrors
    /// (<see cref="Git.MirrorCache.DefaultRoot"/> unless <paramref name="cacheRoot"/> is given).
    /// </summary>
    public static string For(Git.DataRepositoryLocation location, HistoryOptions options, string? cacheRoot = null)
    {
        var key = $"{location.Value}\n{options.Branch}\n{options.NormalizedFolder}";
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(key)));
        return Path.Combine(cacheRoot ?? Git.MirrorCache.DefaultRoot, "history", $"{hash[..32]}.cache");
    }
}
