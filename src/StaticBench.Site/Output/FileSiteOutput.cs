namespace StaticBench.Site.Output;

/// <summary>
/// Writes the site into a folder incrementally: a file is written only when its bytes changed, so
/// a rebuild of unchanged data touches nothing (and rsync/deploy steps stay cheap). Files an
/// earlier build wrote and this one did not are deleted; the list of files StaticBench wrote is
/// kept in <see cref="OutputManifest.FileName"/>, so files the user put in the folder are never deleted.
/// Pages may write from several threads.
/// </summary>
public sealed class FileSiteOutput(string root) : ISiteOutput
{
    private readonly string _root = Path.GetFullPath(root);
    private readonly HashSet<string> _produced = new(StringComparer.Ordinal);
    private int _written;
    private int _unchanged;

    public string Root => _root;

    public void Write(string path, ReadOnlySpan<byte> content)
    {
        var full = Claim(path);
        if (File.Exists(full) && new FileInfo(full).Length == content.Length && File.ReadAllBytes(full).AsSpan().SequenceEqual(content))
        {
            Interlocked.Increment(ref _unchanged);
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, content.ToArray());
        Interlocked.Increment(ref _written);
    }

    /// <summary>Keeps the file an earlier build wrote at <paramref name="path"/> without reading it; false when there is none.</summary>
    public bool Keep(string path)
    {
        if (!File.Exists(FullPath(SitePath.Check(path))))
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
            : FullPath(path);
    }

    public OutputSummary Complete()
    {
        Directory.CreateDirectory(_root);
        var manifestPath = Path.Combine(_root, OutputManifest.FileName);
        var deleted = 0;
        foreach (var stale in OutputManifest.Read(manifestPath).Where(p => SitePath.IsValid(p) && !_produced.Contains(p)))
        {
            var full = FullPath(stale);
            if (File.Exists(full))
            {
                File.Delete(full);
                deleted++;
                RemoveEmptyFolders(Path.GetDirectoryName(full)!);
            }
        }

        OutputManifest.Write(manifestPath, _produced);
        return new OutputSummary(_written, _unchanged, deleted);
    }

    private string FullPath(string path)
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
