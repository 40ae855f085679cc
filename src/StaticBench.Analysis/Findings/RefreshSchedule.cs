using System.Numerics;

namespace StaticBench.Analysis.Findings;

/// <summary>
/// How many of a long series' points the change-point detector examines, and its trend image draws, in a
/// build. Every run adds a point to every series, so without this each build would scan and draw every
/// series again: at 200 series of 3,000 points that is most of a build's time.
/// <para>
/// A series shorter than <see cref="EveryPointBelow"/> points is examined whole. A longer one is examined
/// up to its latest <em>checkpoint</em>: a point count that is a multiple of the series' interval
/// (<see cref="Interval"/>: its length / 128 rounded down to a power of two, at most <see cref="MaxInterval"/>),
/// shifted by a phase taken from the series' id, so the series of one history reach their checkpoints in
/// different builds. A build then scans about one series in <see cref="Interval"/> again, and what it scans
/// costs about the same at every length, because a scan's cost grows with the length the interval grows
/// with. Between checkpoints the detector's result is the remembered one
/// (<see cref="DetectionMemo"/>), and the newest points are covered by the raw-sample test
/// (<see cref="ChangePoints.SampleSteps"/>), so a step at the newest commit is still reported at once.
/// </para>
/// <para>
/// Pure: the examined count depends only on the series' key and length, never on what an earlier build
/// did, so an incremental build and a full build write the same site. The lag is at most
/// <c>Interval − 1</c> points, under 1% of the history.
/// </para>
/// </summary>
public static class RefreshSchedule
{
    /// <summary>Series shorter than this are examined whole in every build.</summary>
    public const int EveryPointBelow = 256;

    /// <summary>The longest interval between checkpoints, in points.</summary>
    public const int MaxInterval = 32;

    /// <summary>Points between checkpoints at a length of <paramref name="count"/>: 1 below 256, then 2, 4, ... doubling with the length, at most 32.</summary>
    public static int Interval(int count) =>
        count < EveryPointBelow ? 1 : Math.Min(MaxInterval, 1 << BitOperations.Log2((uint)(count / 128)));

    /// <summary>
    /// The points of a series of <paramref name="count"/> points examined in this build: the latest
    /// checkpoint at or below <paramref name="count"/>. Never decreases as the series grows.
    /// </summary>
    /// <param name="key">What the phase is taken from: the series' id, or a chart's.</param>
    /// <param name="count">The series' length.</param>
    public static int Examined(string key, int count)
    {
        var phase = Phase(key);
        for (var m = count; m > 0; m--)
        {
            if (IsCheckpoint(m, phase))
            {
                return m;
            }
        }

        return count;
    }

    private static bool IsCheckpoint(int count, int phase) => count < EveryPointBelow || (count - phase) % Interval(count) == 0;

    /// <summary>A stable number in [0, <see cref="MaxInterval"/>) from <paramref name="key"/> (FNV-1a: the same in every process, unlike string.GetHashCode).</summary>
    private static int Phase(string key)
    {
        var hash = 2166136261u;
        foreach (var c in key)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)(hash % MaxInterval);
    }
}
