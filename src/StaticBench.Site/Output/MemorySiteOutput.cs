using System.Text;

namespace StaticBench.Site.Output;

/// <summary>Keeps the generated site in memory: for tests and for tools that post-process pages. Safe from several threads.</summary>
public sealed class MemorySiteOutput : ISiteOutput
{
    private readonly SortedDictionary<string, byte[]> _files = new(StringComparer.Ordinal);

    /// <summary>Every file written, by site-relative path.</summary>
    public IReadOnlyDictionary<string, byte[]> Files => _files;

    /// <summary>A written file as UTF-8 text.</summary>
    public string Text(string path) => Encoding.UTF8.GetString(_files[path]);

    public void Write(string path, ReadOnlySpan<byte> content)
    {
        var bytes = content.ToArray();
        lock (_files)
        {
            if (!_files.TryAdd(SitePath.Check(path), bytes))
            {
                throw new InvalidOperationException($"Two pages wrote '{path}'.");
            }
        }
    }

    public OutputSummary Complete() => new(_files.Count, 0, 0);
}
