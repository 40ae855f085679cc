namespace StaticBench.Analysis.Series;

/// <summary>
/// The raw samples behind a series' trend points, for the tests that need more than the medians
/// (<see cref="ChangePoints.SampleSteps"/>). Only the points from a given index on are gathered, in one pass
/// over the series' observations that stops once each of those points has all its runs: the newest few of a
/// long series cost no more than a short series.
/// </summary>
public static class PointSamples
{
    /// <summary>Each point's pooled samples from <paramref name="from"/> on (every main-branch run at its commit); empty before it.</summary>
    public static Func<int, IReadOnlyList<double>> Of(BenchmarkSeries series, int from)
    {
        var points = series.Points;
        from = Math.Clamp(from, 0, points.Count);
        var byCommit = new Dictionary<string, List<double>>(points.Count - from, StringComparer.Ordinal);

        // A point combines one on-trend observation per run it names (SeriesPoint.RunIds), so once that many have been
        // seen nothing more can join: the observations are newest first, and the newest points come early in them.
        var missing = 0;
        for (var i = from; i < points.Count; i++)
        {
            byCommit[points[i].Commit] = [];
            missing += points[i].RunIds.Count;
        }

        foreach (var o in series.Observations)
        {
            if (missing == 0)
            {
                break;
            }

            if (o.OnTrend && byCommit.TryGetValue(o.Run.Project.Commit, out var samples))
            {
                samples.AddRange(o.Samples);
                missing--;
            }
        }

        return i => i >= from && i < points.Count ? byCommit[points[i].Commit] : [];
    }
}
