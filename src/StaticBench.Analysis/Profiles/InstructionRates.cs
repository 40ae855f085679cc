using StaticBench.Analysis.Series;

namespace StaticBench.Analysis.Profiles;

/// <summary>Instructions per nanosecond at one commit: an exact instruction count over the median time, with the time's interval.</summary>
/// <param name="Commit">The project commit.</param>
/// <param name="Value">Instructions over the median wall time.</param>
/// <param name="Low">Instructions over the high end of the median time's 95% interval.</param>
/// <param name="High">Instructions over its low end.</param>
/// <param name="TimeSamples">How many time samples the median is of.</param>
/// <param name="EngineVersion">The timed run's engine version.</param>
public sealed record RatePoint(string Commit, double Value, double Low, double High, int TimeSamples, string? EngineVersion);

/// <summary>
/// A derived series: the <c>instructions</c> series of a machine, benchmark, parameters, engine and phase over the
/// <c>wall-time</c> series of the same, at every commit where both have a trend point. It is not a <see cref="Series.BenchmarkSeries"/>:
/// change detection never sees it (each of its two sources is detected on its own).
/// </summary>
public sealed record InstructionRate(Series.BenchmarkSeries Instructions, Series.BenchmarkSeries Time, IReadOnlyList<RatePoint> Points);

/// <summary>Pairs instruction counts with times: the seed's relation between cycles and wall time.</summary>
public static class InstructionRates
{
    public const string InstructionsMetric = "instructions";
    public const string TimeMetric = "wall-time";

    /// <summary>Every instruction series of <paramref name="series"/> that has a time series beside it and a commit in common.</summary>
    public static IReadOnlyList<InstructionRate> Find(IReadOnlyList<Series.BenchmarkSeries> series)
    {
        var times = series
            .Where(s => s.Key.Metric == TimeMetric && s.Unit == "ns")
            .ToDictionary(s => s.Key with { Metric = InstructionsMetric });
        var rates = new List<InstructionRate>();
        foreach (var instructions in series.Where(s => s.Key.Metric == InstructionsMetric && s.Unit == "count"))
        {
            if (!times.TryGetValue(instructions.Key, out var time))
            {
                continue;
            }

            var timed = time.Points.ToDictionary(p => p.Commit, StringComparer.Ordinal);
            var points = instructions.Points
                .Where(p => timed.TryGetValue(p.Commit, out var t) && t.Median > 0)
                .Select(p => (Count: p.Median, Time: timed[p.Commit]))
                .Select(x => new RatePoint(
                    x.Time.Commit, x.Count / x.Time.Median, x.Count / x.Time.MedianHigh, x.Time.MedianLow > 0 ? x.Count / x.Time.MedianLow : double.NaN,
                    x.Time.SampleCount, x.Time.EngineVersion))
                .ToArray();
            if (points.Length > 0)
            {
                rates.Add(new InstructionRate(instructions, time, points));
            }
        }

        return rates;
    }
}
