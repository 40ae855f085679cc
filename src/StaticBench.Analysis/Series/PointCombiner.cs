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
    /// <summary>
    /// The point of the one run at a commit when <see cref="PointFacts"/> has none: its summary (its samples', when the
    /// harness gave none) and its median's interval, from a sort.
    /// </summary>
    public static SeriesPoint Single(SeriesObservation only, PointOrigin origin)
    {
        var result = only.Result;
        var samples = result.Samples;
        var n = samples.Count;
        var sorted = n <= 64 ? stackalloc double[n] : new double[n];
        for (var i = 0; i < n; i++)
        {
            sorted[i] = samples[i];
        }

        sorted.Sort();
        var (low, high) = MedianInterval.Of(sorted);
        var (median, min, max) = result.Summary is { } s
            ? (s.Median, s.Min, s.Max)
            : (SampleSummary.MedianOfSorted(sorted), sorted[0], sorted[^1]);
        return new SeriesPoint(origin, median, min, max, n, result.Engine?.Version)
        {
            MedianLow = Math.Min(low, median), MedianHigh = Math.Max(high, median),
        };
    }

    /// <summary><paramref name="runs"/>: two or more at one commit, oldest recorded first (one run: the other overload).</summary>
    public static SeriesPoint Combine(SeriesObservation[] runs)
    {
        var newest = runs[^1];
        var project = newest.Run.Project;
        var results = runs.Select(o => o.Result).ToArray(); // made once each: a run's columns make a result on every read
        var pooled = results.SelectMany(r => r.Samples).ToArray();
        Array.Sort(pooled);
        var (pooledLow, pooledHigh) = MedianInterval.Of(pooled);
        var median = RankStatistics.Median(pooled); // sorted: not sorted again
        var origin = new PointOrigin(project, runs.Select(o => o.Run.Id).ToArray(), runs.Select(o => o.Recorded.Path).ToArray(), newest.Recorded.RecordedAt);
        var summaries = results.Select(SampleSummary.Of).ToArray();
        return new SeriesPoint(
            origin,
            median,
            summaries.Min(s => s.Min),
            summaries.Max(s => s.Max),
            pooled.Length,
            results[^1].Engine?.Version)
        {
            MedianLow = Math.Min(pooledLow, median), MedianHigh = Math.Max(pooledHigh, median),
        };
    }
}
