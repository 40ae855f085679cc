namespace StaticBench.Site.Output;

/// <summary>
/// Writes the site into a folder incrementally and all at once. A file is written only when its bytes
/// changed, so a rebuild of unchanged data touches nothing (and rsync/deploy steps stay cheap). Files an
/// earlier build wrote and this one did not are deleted; the list of files StaticBench wrote is kept in
/// <see cref="OutputManifest.FileName"/>, so files the user put in the folder are never deleted.
/// Changed files wait in a staging folder until <see cref="Complete"/> (<see cref="StagedChanges"/>): a
/// build that fails or is killed leaves the old site whole, never a mix. Pages may write from several threads.
/// </summary>
public sealed class FileSiteOutput : ISiteOutput, IDisposable
{
    private readonly string _root;
    private readonly StagedChanges _staged;
    private readonly HashSet<string> _produced = new(StringComparer.Ordinal);
    private readonly List<string> _changed = [];
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, byte> _folders = new(StringComparer.Ordinal);
    private int _unchanged;
    private bool _completed;

    /// <summary>Opens <paramref name="root"/> for a build, first finishing a build of it that was stopped while applying its changes.</summary>
    public FileSiteOutput(string root)
    {
        _root = Path.GetFullPath(root);
        _staged = new StagedChanges(_root);
        _staged.Recover();
    }

    public string Root => _root;

    public void Write(string path, ReadOnlySpan<byte> content)
    {
        var full = Claim(path);
        if (File.Exists(full) && new FileInfo(full).Length == content.Length && File.ReadAllBytes(full).AsSpan().SequenceEqual(content))
        {
            Interlocked.Increment(ref _unchanged);
            return;
        }

        Stage(path, content);
    }

    /// <summary>Keeps the file an earlier build wrote at <paramref name="path"/> without reading it; false when there is none.</summary>
    public bool Keep(string path)
    {
        if (!File.Exists(_staged.InSite(SitePath.Check(path))))
        {
            return false;
        }

        Claim(path);
        Interlocked.Increment(ref _unchanged);
        return true;
    }

    /// <summary>Records that this build produces <paramref name="path"/> (once only) and returns where it goes.</summary>
    private string Claim(string path)
    {
        lock (_produced)
        {
            if (!_produced.Add(SitePath.Check(path)))
            {
                throw new InvalidOperationException($"Two pages wrote '{path}'.");
            }
        }

        return path == OutputManifest.FileName
            ? throw new ArgumentException($"'{path}' is reserved for the build manifest.", nameof(path))
            : _staged.InSite(path);
    }

    private void Stage(string path, ReadOnlySpan<byte> content)
    {
        var staged = _staged.StagedPath(path);
        var folder = Path.GetDirectoryName(staged)!;

        // Once per folder: a site of thousands of files in a few dozen folders would otherwise ask for each folder again
        // per file. Remembered only once it exists, so another thread writing to the same folder never finds it missing.
        if (!_folders.ContainsKey(folder))
        {
            Directory.CreateDirectory(folder);
            _folders.TryAdd(folder, 0);
        }

        // A new file in the fresh staging folder: created, never truncated. Opening with truncation (File.WriteAllBytes)
        // makes ext4 flush the file to disk when it is closed, its guard for files replaced in place: about 1% of a full
        // build's CPU.
        using (var file = File.OpenHandle(staged, FileMode.CreateNew, FileAccess.Write))
        {
            RandomAccess.Write(file, content, 0);
        }

        lock (_changed)
        {
            _changed.Add(path);
        }
    }

    /// <summary>Moves the changed files in and deletes the stale ones, as one committed change.</summary>
    public OutputSummary Complete()
    {
        Directory.CreateDirectory(_root);
        var manifestPath = Path.Combine(_root, OutputManifest.FileName);
        var stale = OutputManifest.Read(manifestPath)
            .Where(p => SitePath.IsValid(p) && !_produced.Contains(p) && File.Exists(_staged.InSite(p)))
            .ToList();
        var manifest = OutputManifest.Bytes(_produced);
        if (!File.Exists(manifestPath) || !File.ReadAllBytes(manifestPath).AsSpan().SequenceEqual(manifest))
        {
            Stage(OutputManifest.FileName, manifest);
        }

        var written = _changed.Count(p => p != OutputManifest.FileName);
        _staged.Commit(_changed, stale);
        _completed = true;
        return new OutputSummary(written, _unchanged, stale.Count);
    }

    /// <summary>Throws the staged files away when the build did not reach <see cref="Complete"/>.</summary>
    public void Dispose()
    {
        if (!_completed)
        {
            _staged.Abandon();
        }
    }
}
