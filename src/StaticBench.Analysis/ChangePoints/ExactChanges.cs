namespace StaticBench.Analysis.ChangePoints;

/// <summary>
/// Changes of a deterministic metric (instruction counts, sizes, allocated bytes): every move of the value
/// from one point to the next beyond <see cref="Tolerance"/>, or beyond the spread of repeats at either
/// point when that is larger, is a change at the commit where it happened. No statistics: repeats are
/// identical, so a 0.5% change is as certain as a 50% one. One pass over the points.
/// </summary>
public static class ExactChanges
{
    /// <summary>Relative moves up to this are equal (0.01%: callgrind's Ir moved by 19 of 2.7 M between identical runs here).</summary>
    public const double Tolerance = Comparisons.SampleComparer.ExactTolerance;

    /// <summary>
    /// The changes along <paramref name="values"/> (one per point, e.g. the median of its repeats), where
    /// <paramref name="spreads"/> gives each point's relative spread of repeats, (max − min) / |median| (0 for one sample).
    /// Confidence 1: nothing was inferred.
    /// </summary>
    public static IReadOnlyList<ChangePoint> Find(IReadOnlyList<double> values, IReadOnlyList<double> spreads)
    {
        var found = new List<ChangePoint>();
        for (var i = 1; i < values.Count; i++)
        {
            var (before, after) = (values[i - 1], values[i]);
            // A relative change from 0 is undefined (a count of warnings going from 0 to 3): not reported as a step.
            if (!double.IsFinite(before) || !double.IsFinite(after) || before == after || before == 0)
            {
                continue;
            }

            var change = (after - before) / Math.Abs(before);
            if (Math.Abs(change) > Math.Max(Tolerance, Math.Max(spreads[i - 1], spreads[i])))
            {
                found.Add(new ChangePoint(i, change, 1));
            }
        }

        return found;
    }

    /// <summary>A point's relative spread of repeats: (max − min) / |median|; 0 when they agree or the median is 0.</summary>
    public static double Spread(double min, double median, double max) =>
        median == 0 || max == min ? 0 : (max - min) / Math.Abs(median);
}
