using StaticBench.Analysis.Statistics;
using StaticBench.Schema.Model;

namespace StaticBench.Analysis.Series;

/// <summary>
/// Combines the results of one series at one commit into one trend point: a single run keeps its
/// summary; several runs pool their samples and take the median of all of them, with min and max
/// over every run, so repeated runs sharpen a point rather than stacking dots at one x.
/// </summary>
internal static class PointCombiner
{
    /// <summary>The point of the one run at a commit: its summary, and the median's interval from its samples.</summary>
    public static SeriesPoint Combine(SeriesObservation only, PointOrigin origin)
    {
        var s = only.Summary;
        var (low, high) = Interval(only.Result.Samples);
        return new SeriesPoint(origin, s.Median, s.Min, s.Max, only.Result.Samples.Count, only.Result.Engine?.Version)
        {
            MedianLow = Math.Min(low, s.Median), MedianHigh = Math.Max(high, s.Median),
        };
    }

    /// <summary><paramref name="runs"/>: two or more at one commit, oldest recorded first (one run: the other overload).</summary>
    public static SeriesPoint Combine(SeriesObservation[] runs)
    {
        var newest = runs[^1];
        var project = newest.Run.Project;
        var pooled = runs.SelectMany(o => o.Result.Samples).ToArray();
        Array.Sort(pooled);
        var (pooledLow, pooledHigh) = MedianInterval.Of(pooled);
        var median = RankStatistics.Median(pooled); // sorted: not sorted again
        var origin = new PointOrigin(project, runs.Select(o => o.Run.Id).ToArray(), runs.Select(o => o.Recorded.Path).ToArray(), newest.Recorded.RecordedAt);
        return new SeriesPoint(
            origin,
            median,
            runs.Min(o => o.Summary.Min),
            runs.Max(o => o.Summary.Max),
            runs.Sum(o => o.Result.Samples.Count),
            newest.Result.Engine?.Version)
        {
            MedianLow = Math.Min(pooledLow, median), MedianHigh = Math.Max(pooledHigh, median),
        };
    }

    /// <summary>The median's interval from the raw samples (a harness summary's median may lie outside it: the callers widen to include it).</summary>
    private static (double Low, double High) Interval(IReadOnlyList<double> samples)
    {
        var n = samples.Count;
        var sorted = n <= 64 ? stackalloc double[n] : new double[n];
        for (var i = 0; i < n; i++)
        {
            sorted[i] = samples[i];
        }

        sorted.Sort();
        return MedianInterval.Of(sorted);
    }
}
