namespace StaticBench.Analysis.Statistics;

/// <summary>
/// The median of every difference y[j] − x[i], the Hodges-Lehmann shift, without storing the n × m differences
/// (<see cref="MedianBracket"/>): with both sides sorted, a computed difference never decreases as y[j] grows or
/// as x[i] falls (rounding is monotone), so the differences below a value, or inside a bracket, are a staircase
/// found in one walk of O(n + m) plus the ones kept. Same doubles, same order statistic: the same shift as
/// selecting among all differences. The detector's step test takes this shift between windows of up to 120
/// points, for every candidate it tests.
/// </summary>
internal static class PairDifferences
{
    /// <summary>Below this many differences, storing them all and selecting is as cheap.</summary>
    private const long BracketFrom = 2048;

    /// <summary>Differences in the sample that brackets the median.</summary>
    private const int SampleSize = 256;

    /// <summary>The median of y[j] − x[i] over all pairs, or null when this way does not apply (few pairs, a value not finite, a missed bracket).</summary>
    public static double? Median(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        var count = (long)x.Count * y.Count;
        if (count <= BracketFrom)
        {
            return null;
        }

        var xs = x.ToArray();
        var ys = y.ToArray();
        if (!AllFinite(xs) || !AllFinite(ys))
        {
            return null;
        }

        Array.Sort(xs);
        Array.Sort(ys);
        var draws = new MedianBracket.Draws();
        var sample = new double[SampleSize];
        for (var r = 0; r < sample.Length; r++)
        {
            sample[r] = ys[draws.Below(ys.Length)] - xs[draws.Below(xs.Length)];
        }

        var (low, high) = MedianBracket.Of(sample, count);

        // Row i (x ascending): the differences fall as i grows, so the first column at or above low (p) and the
        // first above high (q) only move right.
        long below = 0;
        using var inside = new BracketValues(MedianBracket.Capacity(count, SampleSize));
        int p = 0, q = 0;
        foreach (var a in xs)
        {
            while (p < ys.Length && ys[p] - a < low)
            {
                p++;
            }

            q = Math.Max(q, p);
            while (q < ys.Length && ys[q] - a <= high)
            {
                q++;
            }

            below += p;
            for (var j = p; j < q; j++)
            {
                inside.Add(ys[j] - a);
            }
        }

        return MedianBracket.Median(inside.Values, below, count);
    }

    private static bool AllFinite(double[] values) => Array.TrueForAll(values, double.IsFinite);
}
