using System.Collections.Concurrent;
using LibGit2Sharp;
using StaticBench.Store.Git;
using static StaticBench.Store.Git.Libgit2Native;

namespace StaticBench.Store.History;

/// <summary>
/// Which data commit added each file: the commits after the cached tip, newest first in git's topological and time
/// order, each compared with its first parent (<see cref="TreeWalker"/>); a file goes to the oldest commit that
/// introduced its blob at its path (files are immutable, so that is when it was recorded). Commits are listed by
/// libgit2's revision walk as bare ids and compared in parallel, in chunks of consecutive commits, each worker with
/// its own libgit2 handle; a commit gets a managed id and time only when it added a wanted file. Through
/// LibGit2Sharp each commit made a <see cref="Commit"/> with lazy parents, tree and signature, looked up again for
/// each of them.
/// </summary>
internal static class CommitAttribution
{
    /// <summary>Consecutive commits a worker compares at a time.</summary>
    private const int Chunk = 512;

    private const int OidSize = 20;

    /// <summary>
    /// Sets <paramref name="files"/>[path] for each of <paramref name="added"/> to the commit that added its blob,
    /// walking the commits reachable from <paramref name="tip"/> and not from <paramref name="since"/>; returns how many it walked.
    /// </summary>
    public static int Attribute(string repositoryPath, ObjectId tip, ObjectId? since, string folder, List<(string Path, ObjectId Blob)> added, Dictionary<string, CachedFile> files)
    {
        var commits = Walk(repositoryPath, tip, since);
        var count = commits.Length / OidSize;
        if (added.Count == 0 || count == 0)
        {
            return count;
        }

        var wanted = added.ToDictionary(a => a.Path, a => a.Blob, StringComparer.Ordinal);
        var found = new List<(string Path, CachedFile File)>[(count + Chunk - 1) / Chunk];
        Parallel.ForEach(
            Partitioner.Create(0, count, Chunk),
            () => new TreeWalker(repositoryPath),
            (range, _, walker) =>
            {
                var attributed = new List<(string Path, CachedFile File)>();
                var changes = new List<(string Path, ObjectId Blob)>();
                var ignored = new List<string>();
                for (var i = range.Item1; i < range.Item2; i++)
                {
                    var id = commits.AsSpan(i * OidSize, OidSize);
                    var (own, parent, when) = walker.Read(id, folder);
                    changes.Clear();
                    ignored.Clear();
                    walker.Changes(parent, own, changes, ignored);
                    string? sha = null;
                    foreach (var (path, blob) in changes)
                    {
                        if (wanted.TryGetValue(path, out var final) && final == blob)
                        {
                            sha ??= Convert.ToHexStringLower(id);
                            attributed.Add((path, new CachedFile(blob.Sha, sha, when)));
                        }
                    }
                }

                found[range.Item1 / Chunk] = attributed;
                return walker;
            },
            walker => walker.Dispose());

        // In walk order, newest first: the oldest commit that introduced a file's blob is written last.
        foreach (var chunk in found)
        {
            foreach (var (path, file) in chunk)
            {
                files[path] = file;
            }
        }

        return count;
    }

    /// <summary>The ids of the commits reachable from <paramref name="tip"/> and not from <paramref name="since"/>, 20 bytes each, in walk order.</summary>
    private static byte[] Walk(string repositoryPath, ObjectId tip, ObjectId? since)
    {
        using var repository = new NativeRepository(repositoryPath);
        repository.Check(git_revwalk_new(out var walk, repository.Handle), "walk the commits of");
        try
        {
            repository.Check(git_revwalk_sorting(walk, SortTopological | SortTime), "sort the commits of");
            repository.Check(git_revwalk_push(walk, tip.RawId), "walk from the tip of");
            if (since is not null)
            {
                repository.Check(git_revwalk_hide(walk, since.RawId), "walk from the cached tip of");
            }

            var ids = new byte[OidSize * 1024];
            var length = 0;
            while (true)
            {
                if (length + OidSize > ids.Length)
                {
                    Array.Resize(ref ids, ids.Length * 2);
                }

                var code = git_revwalk_next(ids.AsSpan(length, OidSize), walk);
                if (code == IterOver)
                {
                    return ids[..length];
                }

                repository.Check(code, "walk the commits of");
                length += OidSize;
            }
        }
        finally
        {
            git_revwalk_free(walk);
        }
    }
}
