using StaticBench.Schema.Model;

namespace StaticBench.Analysis.Series;

/// <summary>
/// The numbers of the trend point one result makes when its run is alone at its commit: the harness's summary and the
/// median's interval (<see cref="MedianInterval.TryOfUnsorted"/>). <see cref="Known"/> is false where those do not
/// apply (no summary, or samples the unsorted interval refuses); the point is then made from a sort (<see cref="PointCombiner.Single"/>).
/// </summary>
internal readonly record struct PointFacts(bool Known, double Median, double Min, double Max, double MedianLow, double MedianHigh, int SampleCount, string? EngineVersion)
{
    /// <summary>The facts of result <paramref name="position"/> of <paramref name="results"/>, read from the columns when the run holds them.</summary>
    public static PointFacts Of(IReadOnlyList<BenchmarkResult> results, int position)
    {
        if (results is not ResultColumns columns)
        {
            return Of(results[position]);
        }

        // The interval was worked out when the run was read (the samples of every run are not read again here).
        return columns.TrySummary(position, out _, out var min, out var median, out var max) && columns.TryMedianInterval(position, out var low, out var high)
            ? new PointFacts(true, median, min, max, Math.Min(low, median), Math.Max(high, median), columns.SampleCount(position), columns.Header(position).Engine?.Version)
            : default;
    }

    private static PointFacts Of(BenchmarkResult result)
    {
        // Most results carry the harness's summary, so only the interval is needed: two order statistics, not a sort.
        if (result is { Summary: { } summary, Samples: double[] raw } && MedianInterval.TryOfUnsorted(raw, out var low, out var high))
        {
            return new PointFacts(
                true, summary.Median, summary.Min, summary.Max, Math.Min(low, summary.Median), Math.Max(high, summary.Median), raw.Length, result.Engine?.Version);
        }

        return default;
    }

    public SeriesPoint Point(PointOrigin origin) =>
        new(origin, Median, Min, Max, SampleCount, EngineVersion) { MedianLow = MedianLow, MedianHigh = MedianHigh };
}
