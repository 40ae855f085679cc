using System.Collections.Concurrent;

namespace StaticBench.Site.Output;

/// <summary>
/// Which content each site path held at the last build, by a key of what it was made from: a file whose key did not
/// change is kept as the last build's output holds it instead of being made again. Chart images use it (a 3,000-point
/// chart costs about 20 ms of CPU, a 200-benchmark site's images seconds), and so do the compare view's sample files
/// (250 of them, of which one new run changes one). <c>build</c> keeps one in each output folder (<see cref="Data.MemoFiles"/>).
/// Safe from several threads.
/// </summary>
public sealed class OutputMemo(IReadOnlyDictionary<string, string>? previous = null)
{
    private readonly IReadOnlyDictionary<string, string> _previous = previous ?? new Dictionary<string, string>();
    private readonly ConcurrentDictionary<string, string> _used = new(StringComparer.Ordinal);
    private int _made;
    private int _kept;

    /// <summary>Files made in this build.</summary>
    public int Made => _made;

    /// <summary>Files kept from the last build's output.</summary>
    public int Kept => _kept;

    /// <summary>Paths the last build's memo names: none when every file will be made.</summary>
    public int Remembered => _previous.Count;

    /// <summary>Every path's key in this build, to be saved for the next one.</summary>
    public IReadOnlyDictionary<string, string> Used => _used;

    /// <summary>
    /// Writes the file at <paramref name="path"/>: keeps the last build's file when its key was <paramref name="key"/>
    /// (nothing made, nothing read), else writes what <paramref name="make"/> makes.
    /// </summary>
    public void Write(ISiteOutput output, string path, string key, Func<byte[]> make)
    {
        _used[path] = key;
        if (_previous.TryGetValue(path, out var known) && known == key && output.Keep(path))
        {
            Interlocked.Increment(ref _kept);
            return;
        }

        Interlocked.Increment(ref _made);
        output.Write(path, make());
    }
}
