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
    /// <summary>10: every run's samples in a section of their own, read when asked for (<see cref="CacheSamples"/>), and each result's median interval kept; 9: blocks read on several threads, each with its own tables (<see cref="HistoryCacheFormat"/>); 8: each result's header (names, engine, unit, ...) written once and referred to by number (<see cref="HistoryCacheFormat"/>); 7: a base id and segments (<see cref="HistoryCacheChange"/>); 6: with reference files (<see cref="DataBranchFiles.ReferencesFolder"/>); 5: with each result's <c>exact</c> marker; 4: blobs keyed by id and the kind of path (<see cref="DataBranchFiles.BlobKey"/>); 3: the binary format (<see cref="HistoryCacheFormat"/>).</summary>
    public const int CurrentVersion = 10;

    /// <summary>Segments written after a base before the next save writes a new base.</summary>
    public const int MaxSegments = 32;

    public int Version { get; init; } = CurrentVersion;

    /// <summary>Names this base file: a segment applies only to the base it was written after.</summary>
    public string BaseId { get; init; } = Guid.NewGuid().ToString("N");

    /// <summary>Segments applied on top of the base when this cache was loaded.</summary>
    public int Segments { get; init; }

    public required string Tip { get; init; }

    public required string DataFolder { get; init; }

    public required Dictionary<string, CachedFile> Files { get; init; }

    public required Dictionary<string, CachedBlob> Blobs { get; init; }

    /// <summary>
    /// The base in <paramref name="file"/> with every segment after it that continues it, in order; null when there is no
    /// usable base. What results share (names, engines, machines) is shared through <paramref name="shared"/>.
    /// </summary>
    /// <remarks>
    /// The runs read their samples from the files when asked (<see cref="CacheSamples"/>), so the files they came from stay
    /// open while they are held; the files of a cache that is not used are closed here.
    /// </remarks>
    public static HistoryCache? Load(string file, ResultInterner shared)
    {
        var opened = new List<FileStream>();
        try
        {
            var cache = HistoryCacheFormat.Read(Open(file), shared);
            for (var n = 1; cache is not null && File.Exists(SegmentPath(file, n)); n++)
            {
                if (HistoryCacheFormat.ReadChange(Open(SegmentPath(file, n)), shared) is not { } change || change.BaseId != cache.BaseId || change.Sequence != n || change.PreviousTip != cache.Tip)
                {
                    opened[^1].Dispose();
                    break; // left by a build that started from another base: what the base and earlier segments say still holds
                }

                cache = change.ApplyTo(cache);
            }

            if (cache is null)
            {
                opened[0].Dispose();
            }

            return cache;
        }
        catch (Exception e) when (IsDamage(e))
        {
            opened.ForEach(stream => stream.Dispose());
            return null; // A missing or damaged cache only costs a full read.
        }

        FileStream Open(string path)
        {
            var stream = CacheSamples.Open(path);
            opened.Add(stream);
            return stream;
        }
    }

    /// <summary>What a missing, unreadable or damaged cache file throws, also from the threads that read its blocks.</summary>
    private static bool IsDamage(Exception e) =>
        e is AggregateException all ? all.InnerExceptions.All(IsDamage)
        : e is IOException or InvalidDataException or UnauthorizedAccessException or ArgumentOutOfRangeException or FormatException or EndOfStreamException or System.Text.Json.JsonException;

    /// <summary>
    /// Saves this cache. When it grew from a cache loaded from <paramref name="file"/> by <paramref name="change"/>, only
    /// that change is written, as the next segment (a new run costs kilobytes, not the whole history); otherwise, and
    /// every <see cref="MaxSegments"/> segments, a new base replaces the file and its segments. Each file is written
    /// with <see cref="AtomicFile"/>, so a crash never leaves half a cache.
    /// </summary>
    public void Save(string file, HistoryCacheChange? change = null)
    {
        if (change is not null && change.BaseId == BaseId && change.Sequence <= MaxSegments && File.Exists(file))
        {
            AtomicFile.Write(SegmentPath(file, change.Sequence), stream => HistoryCacheFormat.WriteChange(stream, change));
            DeleteSegments(file, from: change.Sequence + 1);
            return;
        }

        var fresh = this with { BaseId = Guid.NewGuid().ToString("N"), Segments = 0 };
        AtomicFile.Write(file, stream => HistoryCacheFormat.Write(stream, fresh));
        DeleteSegments(file, from: 1);
    }

    private static string SegmentPath(string file, int sequence) => $"{file}.segment-{sequence}";

    private static void DeleteSegments(string file, int from)
    {
        for (var n = from; File.Exists(SegmentPath(file, n)); n++)
        {
            File.Delete(SegmentPath(file, n));
        }
    }
}

/// <summary>
/// What one build changed in a <see cref="HistoryCache"/>: the files added or replaced and removed, the blobs read and
/// dropped, and the new tip. Saved as a segment after the base it continues (<see cref="BaseId"/>, <see cref="Sequence"/>).
/// </summary>
internal sealed record HistoryCacheChange(
    string BaseId,
    int Sequence,
    string PreviousTip,
    string Tip,
    Dictionary<string, CachedFile> Files,
    IReadOnlyList<string> RemovedFiles,
    Dictionary<string, CachedBlob> Blobs,
    IReadOnlyList<string> RemovedBlobs)
{
    public HistoryCache ApplyTo(HistoryCache cache)
    {
        foreach (var path in RemovedFiles)
        {
            cache.Files.Remove(path);
        }

        foreach (var (path, file) in Files)
        {
            cache.Files[path] = file;
        }

        foreach (var key in RemovedBlobs)
        {
            cache.Blobs.Remove(key);
        }

        foreach (var (key, blob) in Blobs)
        {
            cache.Blobs[key] = blob;
        }

        return cache with { Tip = Tip, Segments = Sequence };
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
