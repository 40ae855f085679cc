using System.Text.Json;
using StaticBench.Schema.Files;
using StaticBench.Site.Data;

namespace StaticBench.Site.Output;

/// <summary>
/// How a build changes a site folder without ever leaving it half-written. Changed files are written
/// to a staging folder beside the site; the build then commits by writing a journal (the files to move
/// in and the files to delete) in one atomic rename, applies it, and removes the staging folder. A build
/// killed before the journal exists leaves the old site as it was; one killed while applying it is
/// finished by <see cref="Recover"/> before anything else touches the folder (moves and deletions are
/// idempotent, so applying a journal twice is harmless).
/// </summary>
public sealed class StagedChanges
{
    private const string JournalName = ".staticbench-journal.json";

    private readonly string _root;

    /// <param name="root">The site folder (full path).</param>
    public StagedChanges(string root)
    {
        _root = root;
        var parent = Path.GetDirectoryName(root);
        Folder = parent is null || Path.GetFileName(root).Length == 0
            ? Path.Combine(root, ".staticbench-staging")
            : Path.Combine(parent, $".{Path.GetFileName(root)}.staticbench-staging");
    }

    /// <summary>Where changed files wait until the build commits: beside the site, on the same file system.</summary>
    public string Folder { get; }

    /// <summary>Where the staged copy of site path <paramref name="path"/> goes.</summary>
    public string StagedPath(string path) => Path.Combine(Folder, path);

    /// <summary>True when a build committed changes to this folder and was stopped before it finished applying them.</summary>
    public bool Pending => File.Exists(Path.Combine(Folder, JournalName));

    /// <summary>Finishes what an interrupted build committed, and throws away what it had only staged.</summary>
    public void Recover()
    {
        if (Pending)
        {
            Apply(ReadJournal());
        }
        else if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }

    /// <summary>Throws away the staged files of a build that did not complete.</summary>
    public void Abandon()
    {
        if (!Pending && Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }

    /// <summary>
    /// Commits: records that the staged files <paramref name="moves"/> replace the site's and that
    /// <paramref name="deletes"/> go, then makes it so.
    /// </summary>
    public void Commit(IReadOnlyList<string> moves, IReadOnlyList<string> deletes)
    {
        if (moves.Count == 0 && deletes.Count == 0)
        {
            Abandon();
            return;
        }

        var journal = new StagingJournalJson(moves, deletes);
        AtomicFile.Write(Path.Combine(Folder, JournalName), s => JsonSerializer.Serialize(s, journal, SiteJsonContext.Default.StagingJournalJson));
        Apply(journal);
    }

    private StagingJournalJson ReadJournal()
    {
        try
        {
            return JsonSerializer.Deserialize(File.ReadAllBytes(Path.Combine(Folder, JournalName)), SiteJsonContext.Default.StagingJournalJson)
                ?? new StagingJournalJson([], []);
        }
        catch (JsonException e)
        {
            // The journal is written by rename, so it is whole or absent; damage means someone edited it.
            throw new IOException($"the staging journal in {Folder} is damaged ({e.Message}); delete that folder and build again", e);
        }
    }

    private void Apply(StagingJournalJson journal)
    {
        // Folder by folder, one per core: renames within one folder wait on that folder's lock, and a build's changed
        // files are mostly in three (benchmark pages, data heads, badges).
        var byFolder = journal.Moves.Where(SitePath.IsValid)
            .Select(path => (Staged: StagedPath(path), Target: InSite(path)))
            .GroupBy(move => Path.GetDirectoryName(move.Target)!, StringComparer.Ordinal)
            .ToArray();
        Parallel.ForEach(byFolder, folder =>
        {
            Directory.CreateDirectory(folder.Key);
            foreach (var (staged, target) in folder.Where(move => File.Exists(move.Staged)))
            {
                // The old file is removed first, then the staged one renamed in. Renamed over an old file, ext4 starts
                // writing the new one out at once (its guard for files replaced by a rename, the auto_da_alloc option):
                // a third of this step's time. The journal makes the whole change safe either way (Recover).
                File.Delete(target);
                File.Move(staged, target, overwrite: true);
            }
        });

        foreach (var path in journal.Deletes.Where(SitePath.IsValid))
        {
            var target = InSite(path);
            if (File.Exists(target))
            {
                File.Delete(target);
                RemoveEmptyFolders(Path.GetDirectoryName(target)!);
            }
        }

        Directory.Delete(Folder, recursive: true);
    }

    /// <summary>The file of the site at <paramref name="path"/>; never outside the site folder.</summary>
    public string InSite(string path)
    {
        var full = Path.GetFullPath(Path.Combine(_root, path));
        return full.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            ? full
            : throw new ArgumentException($"'{path}' leaves the site folder.", nameof(path));
    }

    private void RemoveEmptyFolders(string folder)
    {
        while (folder.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal)
               && !Directory.EnumerateFileSystemEntries(folder).Any())
        {
            Directory.Delete(folder);
            folder = Path.GetDirectoryName(folder)!;
        }
    }
}
