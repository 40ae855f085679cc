using LibGit2Sharp;
using StaticBench.Schema.Model;
using StaticBench.Store.Git;

namespace StaticBench.Store.History;

/// <summary>
/// Reads a data repository's history into a <see cref="DataSnapshot"/>: the files under the data
/// folder at the branch tip, each attributed to the data commit that added it. Works on bare
/// repositories (no checkout), refuses shallow clones, and with a cache reads only the commits and
/// blobs that came after the last build.
/// </summary>
public static class HistoryReader
{
    /// <summary>Reads a local folder or a remote URL (fetched into a mirror under <paramref name="mirrorRoot"/>).</summary>
    public static HistoryReport Read(string repositoryPathOrUrl, HistoryOptions options, string? mirrorRoot = null) =>
        Read(DataRepositoryLocation.Parse(repositoryPathOrUrl), options, mirrorRoot);

    public static HistoryReport Read(DataRepositoryLocation location, HistoryOptions options, string? mirrorRoot = null)
    {
        GitEnvironment.EnsureInitialized();
        var branch = BranchMover.CanonicalBranch(options.Branch);
        try
        {
            using var target = BranchTargets.Open(location, branch, new BranchMoverOptions(CacheRoot: mirrorRoot));
            var repo = target.Repository;
            if (repo.Info.IsShallow)
            {
                throw new DataRepositoryException(
                    $"{location} is a shallow clone, so its history is incomplete. Fetch the whole history " +
                    "with `git fetch --unshallow` (GitHub Actions: actions/checkout with `fetch-depth: 0`).");
            }

            var tip = target.ReadTip();
            if (tip is null)
            {
                RefuseUnknownBranch(repo, options.Branch, location);
                return new HistoryReport(new DataSnapshot { DataCommit = "", Runs = [] }, 0, 0, UsedCache: false);
            }

            if (options.BuiltTip is { } built && tip.Sha == built)
            {
                return new HistoryReport(new DataSnapshot { DataCommit = tip.Sha, Runs = [] }, 0, 0, UsedCache: false) { Unchanged = true };
            }

            return Read(repo, tip, options);
        }
        catch (LibGit2SharpException e)
        {
            throw new DataRepositoryException($"reading {location} failed: {e.Message}", e);
        }
    }

    private static HistoryReport Read(Repository repo, Commit tip, HistoryOptions options)
    {
        var folder = options.NormalizedFolder;

        // One for the cache and the files parsed: a new run's results share their names and engines with the cached ones.
        var shared = new ResultInterner();
        var cache = options.CacheFile is null ? null : HistoryCache.Load(options.CacheFile, shared);
        var start = UsableStart(repo, cache, tip, folder);
        var files = start?.Files ?? new Dictionary<string, CachedFile>(StringComparer.Ordinal);
        var blobs = start?.Blobs ?? new Dictionary<string, CachedBlob>(StringComparer.Ordinal);
        var since = start is null ? null : repo.Lookup<Commit>(start.Tip);

        // What the data folder gained and lost between the cached tip and the new one.
        var added = new List<(string Path, ObjectId Blob)>();
        var deleted = new List<string>();
        using (var walker = new TreeWalker(repo.Info.Path))
        {
            walker.Changes(since is null ? null : walker.Folder(since.Id, folder), walker.Folder(tip.Id, folder), added, deleted);
        }

        added.RemoveAll(a => !DataBranchFiles.IsRelevant(a.Path));

        // A file deleted or replaced may leave a blob no file refers to any more.
        var dropsFiles = deleted.Any(files.ContainsKey) || added.Exists(a => files.ContainsKey(a.Path));
        var commitsWalked = CommitAttribution.Attribute(repo.Info.Path, tip.Id, since?.Id, folder, added, files);
        foreach (var path in deleted)
        {
            files.Remove(path);
        }

        var read = ParseNew(repo, added, blobs, folder, shared);

        // Drop what no file refers to any more, so the cache does not grow with deleted files. Only a file deleted or
        // replaced, or a blob read whose file the attribution did not give it, leaves one: a full read or a build of new
        // runs skips the search (at 100,000 files, a key made for each and a set of them all).
        var stale = dropsFiles || !added.TrueForAll(a => files.TryGetValue(a.Path, out var file) && file.Blob == a.Blob.Sha) ? StaleBlobs(files, blobs) : [];
        foreach (var key in stale)
        {
            blobs.Remove(key);
        }

        var next = new HistoryCache { BaseId = start?.BaseId ?? Guid.NewGuid().ToString("N"), Segments = start?.Segments ?? 0, Tip = tip.Sha, DataFolder = folder, Files = files, Blobs = blobs };
        if (options.CacheFile is not null)
        {
            var addedPaths = added.Select(a => a.Path).ToHashSet(StringComparer.Ordinal);
            var change = start is null ? null : new HistoryCacheChange(
                start.BaseId,
                start.Segments + 1,
                start.Tip,
                tip.Sha,
                addedPaths.Where(files.ContainsKey).ToDictionary(p => p, p => files[p], StringComparer.Ordinal),
                deleted.Where(p => !addedPaths.Contains(p)).ToArray(),
                read.Where(blobs.ContainsKey).ToDictionary(k => k, k => blobs[k], StringComparer.Ordinal),
                stale);
            next.Save(options.CacheFile, change);
        }

        var snapshot = SnapshotBuilder.Build(next);
        NativeHeap.Release(); // what libgit2 freed while reading, before the steps after the read allocate their own
        return new HistoryReport(snapshot, commitsWalked, read.Length, UsedCache: start is not null);
    }

    /// <summary>The keys of the blobs no file refers to.</summary>
    private static List<string> StaleBlobs(Dictionary<string, CachedFile> files, Dictionary<string, CachedBlob> blobs)
    {
        var live = files.Select(f => DataBranchFiles.BlobKey(f.Key, f.Value.Blob)).ToHashSet(StringComparer.Ordinal);
        return blobs.Keys.Where(k => !live.Contains(k)).ToList();
    }

    /// <summary>No such branch: fine in a repository nobody has recorded into yet (an empty site), an error otherwise.</summary>
    private static void RefuseUnknownBranch(Repository repo, string branch, DataRepositoryLocation location)
    {
        var names = repo.Refs
            .Where(r => r.CanonicalName.StartsWith("refs/heads/", StringComparison.Ordinal) || r.CanonicalName.StartsWith("refs/remotes/origin/", StringComparison.Ordinal))
            .Select(r => r.CanonicalName.Split('/', 3)[2] is var rest && rest.StartsWith("origin/", StringComparison.Ordinal) ? rest[7..] : rest)
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToArray();
        if (names.Length > 0)
        {
            throw new DataRepositoryException($"branch '{branch}' not found in {location}; it has: {string.Join(", ", names)}. Pass --branch.");
        }
    }

    private static HistoryCache? UsableStart(Repository repo, HistoryCache? cache, Commit tip, string folder)
    {
        if (cache is null || cache.DataFolder != folder || repo.Lookup<Commit>(cache.Tip) is not { } cachedTip)
        {
            return null;
        }

        // A force-pushed branch no longer contains the cached tip: what it says may be gone, so start over.
        var mergeBase = repo.ObjectDatabase.FindMergeBase(cachedTip, tip);
        return mergeBase?.Id == cachedTip.Id ? cache : null;
    }

    /// <summary>Blobs a worker takes at a time; each worker reads through its own <see cref="BlobBytesReader"/>.</summary>
    private const int ParseChunk = 32;

    /// <summary>Reads and parses the blobs of <paramref name="added"/> not in <paramref name="blobs"/> yet, in parallel; returns the keys of the blobs it read.</summary>
    private static string[] ParseNew(Repository repo, List<(string Path, ObjectId Blob)> added, Dictionary<string, CachedBlob> blobs, string folder, ResultInterner interner)
    {
        var wanted = added.Select(a => (a.Path, a.Blob, Key: DataBranchFiles.BlobKey(a.Path, a.Blob.Sha)))
            .Where(a => !blobs.ContainsKey(a.Key)).DistinctBy(a => a.Key).ToArray();
        if (wanted.Length == 0)
        {
            return [];
        }

        var parsed = new CachedBlob[wanted.Length];
        var location = repo.Info.Path;
        Parallel.ForEach(
            System.Collections.Concurrent.Partitioner.Create(0, wanted.Length, ParseChunk),
            () => new BlobBytesReader(location),
            (range, _, own) =>
            {
                for (var i = range.Item1; i < range.Item2; i++)
                {
                    var path = wanted[i].Path;
                    var display = folder.Length == 0 ? path : $"{folder}/{path}";
                    parsed[i] = own.Read(wanted[i].Blob, content => DataBranchFiles.Parse(path, display, content, interner));
                }

                return own;
            },
            own => own.Dispose());
        for (var i = 0; i < wanted.Length; i++)
        {
            blobs[wanted[i].Key] = parsed[i];
        }

        return [.. wanted.Select(w => w.Key)];
    }
}
