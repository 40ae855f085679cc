using StaticBench.Analysis.ChangePoints;

namespace StaticBench.Analysis.Series;

/// <summary>
/// Whether a series is of a deterministic metric, whose changes are found exactly (<see cref="ExactChanges"/>):
/// its newest main-branch result says so with <c>exact</c> (docs/result-format.md); without the marker,
/// a count or byte size whose repeats agree at every point, at least one point having repeats.
/// </summary>
public static class ExactMetric
{
    public static bool Is(BenchmarkSeries series)
    {
        foreach (var o in series.Observations)
        {
            if (o.OnTrend)
            {
                if (o.Header.Exact is { } marked)
                {
                    return marked;
                }

                break; // the newest on the trend says nothing
            }
        }

        return series.Unit is "count" or "bytes"
            && series.Points.Any(p => p.SampleCount >= 2)
            && series.Points.All(p => ExactChanges.Spread(p.Min, p.Median, p.Max) <= ExactChanges.Tolerance);
    }

    /// <summary>Each point's relative spread of repeats, for <see cref="ExactChanges.Find"/>.</summary>
    public static double[] Spreads(BenchmarkSeries series) =>
        series.Points.Select(p => ExactChanges.Spread(p.Min, p.Median, p.Max)).ToArray();
}
