using System.Runtime;

namespace StaticBench.Store.History;

/// <summary>
/// Holds off garbage collection while the history cache is rebuilt into objects (<see cref="HistoryCache.Load"/>).
/// Everything a load makes lives on as the snapshot, so a collection in the middle finds nothing to free and only moves
/// what was made so far from one generation to the next: on a 200 × 3,000 history, ten collections took a third of the
/// load. After the pause the objects are promoted once, by the first collection the next step needs.
/// </summary>
internal sealed class CollectionPause : IDisposable
{
    /// <summary>Pauses no longer than this much allocation asks for; a larger cache loads with collections as usual.</summary>
    private const long MostBytes = 1L << 30;

    private readonly bool _paused;

    /// <summary>Pauses collection until <paramref name="bytes"/> have been allocated (then the runtime collects and the pause ends early) or until disposed.</summary>
    public CollectionPause(long bytes)
    {
        if (bytes is <= 0 or > MostBytes || GCSettings.LatencyMode == GCLatencyMode.NoGCRegion)
        {
            return;
        }

        try
        {
            _paused = GC.TryStartNoGCRegion(bytes);
        }
        catch (Exception e) when (e is ArgumentOutOfRangeException or InvalidOperationException)
        {
            // More than this runtime can set aside, or another thread paused first: load with collections as usual.
        }
    }

    public void Dispose()
    {
        if (!_paused || GCSettings.LatencyMode != GCLatencyMode.NoGCRegion)
        {
            return; // not paused, or the allocation outgrew the pause and the runtime ended it
        }

        try
        {
            GC.EndNoGCRegion();
        }
        catch (InvalidOperationException)
        {
            // Ended by the runtime between the check and here.
        }
    }
}
