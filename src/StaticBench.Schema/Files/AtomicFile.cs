namespace StaticBench.Schema.Files;

/// <summary>
/// Writes a file so that readers (and a crash half-way) see the old file or the new one, never half of
/// one: the bytes go to a temporary file beside it, which is then renamed over it. For the caches and
/// state files StaticBench keeps between runs.
/// </summary>
public static class AtomicFile
{
    public static void Write(string path, Action<Stream> write)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var temporary = $"{path}.{Environment.ProcessId}.tmp";
        using (var stream = File.Create(temporary))
        {
            write(stream);
        }

        File.Move(temporary, path, overwrite: true);
    }
}
