namespace StaticBench.Store.History;

/// <summary>What to read from a data repository.</summary>
/// <param name="Branch">The branch holding the results (a local branch, or <c>origin/&lt;branch&gt;</c> in a mirror).</param>
/// <param name="DataFolder">The folder inside the repository that holds <c>results/</c> and Markdown files; "" for the root.</param>
/// <param name="CacheFile">Where to keep the incremental cache; null reads everything every time.</param>
public sealed record HistoryOptions(string Branch = "main", string DataFolder = "", string? CacheFile = null)
{
    /// <summary>The data folder as a tree path: no leading/trailing slashes, forward slashes.</summary>
    public string NormalizedFolder
    {
        get
        {
            var folder = DataFolder.Replace('\\', '/').Trim('/');
            return folder == "." ? "" : folder;
        }
    }
}

/// <summary>What a history read produced and what it cost: how many commits it walked and blobs it read.</summary>
public sealed record HistoryReport(Schema.Model.DataSnapshot Snapshot, int CommitsWalked, int BlobsRead, bool UsedCache);
