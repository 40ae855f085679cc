namespace StaticBench.Analysis.Statistics;

/// <summary>
/// Monotonic trend within a window: the Theil-Sen slope (median of pairwise slopes) and the
/// Mann-Kendall z statistic. Written here (a few lines; neither library has them). Used by the
/// change-point detector to tell a step from a slow drift.
/// </summary>
public static class Trend
{
    /// <summary>Median of pairwise slopes over pairs inside each of <paramref name="segments"/> (never across them, so a step between segments is not mistaken for a slope).</summary>
    public static double TheilSenSlope(params IReadOnlyList<double>[] segments) => TheilSenSlope(segments, int.MaxValue);

    /// <summary>
    /// As above, with each segment longer than <paramref name="maxPointsPerSegment"/> thinned to about that
    /// many evenly spaced points (their true distances kept), so a long series costs O(n), not O(n²).
    /// </summary>
    public static double TheilSenSlope(IEnumerable<IReadOnlyList<double>> segments, int maxPointsPerSegment)
    {
        // Each segment's kept points copied out once (an indexer call per pair through IReadOnlyList was a quarter of the detector's time).
        var thinned = segments.Select(s => PairSlopes.Thin(s, ThinningStride(s.Count, maxPointsPerSegment))).ToArray();
        return new PairSlopes(thinned).Median();
    }

    /// <summary>Every how many points to keep so that about <paramref name="maxPoints"/> of <paramref name="count"/> remain (1: all).</summary>
    internal static int ThinningStride(int count, int maxPoints) => Math.Max(1, (int)((count + (long)maxPoints - 1) / maxPoints));

    /// <summary>Mann-Kendall z over the segments combined (S and its variance summed; ties ignored in the variance).</summary>
    public static double MannKendallZ(params IReadOnlyList<double>[] segments)
    {
        double s = 0, variance = 0;
        foreach (var seg in segments)
        {
            var n = seg.Count;
            s += KendallS(seg as double[] ?? [.. seg]);
            variance += n * (n - 1.0) * (2 * n + 5) / 18;
        }

        if (variance <= 0)
        {
            return 0;
        }

        var corrected = s > 0 ? s - 1 : s < 0 ? s + 1 : 0;
        return corrected / Math.Sqrt(variance);
    }

    /// <summary>Σ sign(x[j] − x[i]) over i &lt; j: an integer, so counting it another way gives the same double.</summary>
    private static double KendallS(ReadOnlySpan<double> x)
    {
        if (x.Length > KendallByCountingFrom && AllFinite(x))
        {
            return KendallCount.S(x);
        }

        double s = 0;
        for (var i = 0; i < x.Length; i++)
        {
            var xi = x[i];
            for (var j = i + 1; j < x.Length; j++)
            {
                s += Math.Sign(x[j] - xi);
            }
        }

        return s;
    }

    /// <summary>Below this many points the plain double loop is as fast as counting inversions.</summary>
    private const int KendallByCountingFrom = 64;

    /// <summary>Non-finite values keep the plain loop, whose Math.Sign throws on NaN differences as it always did.</summary>
    private static bool AllFinite(ReadOnlySpan<double> x)
    {
        foreach (var v in x)
        {
            if (!double.IsFinite(v))
            {
                return false;
            }
        }

        return true;
    }
}
