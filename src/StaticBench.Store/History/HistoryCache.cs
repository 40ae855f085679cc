using StaticBench.Schema.Model;
using StaticBench.Schema.Files;

namespace StaticBench.Store.History;

/// <summary>
/// What the last build read, kept in a binary file (<see cref="HistoryCacheFormat"/>), keyed by the data repository's commits: the tip it reached, where each
/// file's blob came from, and what each blob held. Blobs are keyed by id and the kind of file their
/// path makes them (<see cref="DataBranchFiles.BlobKey"/>), so a parsed file is never read twice. A cache that does not fit (another format version, folder, or a tip that is no longer
/// an ancestor after a force-push) is ignored and rebuilt.
/// </summary>
internal sealed record HistoryCache
{
    /// <summary>6: with reference files (<see cref="DataBranchFiles.ReferencesFolder"/>); 5: with each result's <c>exact</c> marker; 4: blobs keyed by id and the kind of path (<see cref="DataBranchFiles.BlobKey"/>); 3: the binary format (<see cref="HistoryCacheFormat"/>).</summary>
    public const int CurrentVersion = 6;

    public int Version { get; init; } = CurrentVersion;

    public required string Tip { get; init; }

    public required string DataFolder { get; init; }

    public required Dictionary<string, CachedFile> Files { get; init; }

    public required Dictionary<string, CachedBlob> Blobs { get; init; }

    public static HistoryCache? Load(string file)
    {
        try
        {
            using var stream = File.OpenRead(file);
            return HistoryCacheFormat.Read(stream);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException or ArgumentOutOfRangeException or FormatException)
        {
            return null; // A missing or damaged cache only costs a full read.
        }
    }

    /// <summary>Written with <see cref="AtomicFile"/>, so a crash never leaves half a cache.</summary>
    public void Save(string file)
    {
        AtomicFile.Write(file, stream => HistoryCacheFormat.Write(stream, this));
    }
}

/// <summary>A file under the data folder: its blob, and the data commit that added that blob.</summary>
internal sealed record CachedFile(string Blob, string Commit, DateTimeOffset RecordedAt);

/// <summary>What one blob held: a valid run, a Markdown text, or why it was skipped.</summary>
internal sealed record CachedBlob
{
    public RunResult? Run { get; init; }

    public string? Markdown { get; init; }

    public string? SkipReason { get; init; }

    public Acknowledgement? Acknowledgement { get; init; }

    public DetectionSettings? Settings { get; init; }

    public Schema.References.ReferenceSet? Reference { get; init; }
}
