using System.Collections.Concurrent;

namespace StaticBench.Site.Charts;

/// <summary>
/// Which image each site path held at the last build, by <see cref="ChartImageKey"/>: an image whose key did not
/// change is kept as the last build's output holds it instead of drawn again (a 3,000-point chart costs about 20 ms of
/// CPU, a 200-benchmark site's images seconds). <c>build</c> keeps it beside its history cache. Safe from several threads.
/// </summary>
public sealed class ChartImageMemo(IReadOnlyDictionary<string, string>? previous = null)
{
    private readonly IReadOnlyDictionary<string, string> _previous = previous ?? new Dictionary<string, string>();
    private readonly ConcurrentDictionary<string, string> _used = new(StringComparer.Ordinal);
    private int _drawn;
    private int _reused;

    /// <summary>Images drawn in this build.</summary>
    public int Drawn => _drawn;

    /// <summary>Images taken from the last build's output.</summary>
    public int Reused => _reused;

    /// <summary>Every path's key in this build, to be saved for the next one.</summary>
    public IReadOnlyDictionary<string, string> Used => _used;

    /// <summary>
    /// Writes the image at <paramref name="path"/>: keeps the last build's file when its key was <paramref name="key"/>
    /// (no drawing, no reading), else writes what <paramref name="draw"/> draws.
    /// </summary>
    public void Write(Output.ISiteOutput output, string path, string key, Func<byte[]> draw)
    {
        _used[path] = key;
        if (_previous.TryGetValue(path, out var known) && known == key && output.Keep(path))
        {
            Interlocked.Increment(ref _reused);
            return;
        }

        Interlocked.Increment(ref _drawn);
        output.Write(path, draw());
    }
}
