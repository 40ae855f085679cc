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
        // One array of exactly the pairs' size, its median selected in place: the series-wide drift takes up to 125 k
        // pairs a segment; sorting them was two thirds of the detector's time on long series.
        var thinned = segments.Select(s => (Points: s, Stride: ThinningStride(s.Count, maxPointsPerSegment))).ToArray();
        var slopes = new double[thinned.Sum(t => Pairs((t.Points.Count + t.Stride - 1) / t.Stride))];
        var k = 0;
        foreach (var (s, stride) in thinned)
        {
            for (var i = 0; i < s.Count; i += stride)
            {
                for (var j = i + stride; j < s.Count; j += stride)
                {
                    slopes[k++] = (s[j] - s[i]) / (j - i);
                }
            }
        }

        if (slopes.Length == 0)
        {
            return 0;
        }

        return Selection.MedianInPlace(slopes);
    }

    /// <summary>Every how many points to keep so that about <paramref name="maxPoints"/> of <paramref name="count"/> remain (1: all).</summary>
    internal static int ThinningStride(int count, int maxPoints) => Math.Max(1, (int)((count + (long)maxPoints - 1) / maxPoints));

    private static long Pairs(int points) => (long)points * (points - 1) / 2;

    /// <summary>Mann-Kendall z over the segments combined (S and its variance summed; ties ignored in the variance).</summary>
    public static double MannKendallZ(params IReadOnlyList<double>[] segments)
    {
        double s = 0, variance = 0;
        foreach (var seg in segments)
        {
            var n = seg.Count;
            for (var i = 0; i < n; i++)
            {
                for (var j = i + 1; j < n; j++)
                {
                    s += Math.Sign(seg[j] - seg[i]);
                }
            }

            variance += n * (n - 1.0) * (2 * n + 5) / 18;
        }

        if (variance <= 0)
        {
            return 0;
        }

        var corrected = s > 0 ? s - 1 : s < 0 ? s + 1 : 0;
        return corrected / Math.Sqrt(variance);
    }
}
