using MathNet.Numerics.Statistics;
using StaticBench.Analysis.Statistics;

namespace StaticBench.Analysis.ChangePoints;

/// <summary>
/// The best single split of a stretch of a series by rank: the position where the Mann-Whitney z of the
/// points before it against the points after it is largest (Pettitt's statistic, standardized by its
/// variance so that short sides near the ends are not drowned by the middle). Ties get their mean rank.
/// O(n log n): one ranking (MathNet), then one pass over running rank sums.
/// </summary>
public static class RankSplit
{
    /// <summary>
    /// The best split of data[from..to), at least <paramref name="minSegment"/> points from either end: the first
    /// point of its second part, and its |z|; (-1, 0) when the stretch is too short.
    /// </summary>
    public static (int At, double Z) Best(double[] data, int from, int to, int minSegment) =>
        Best(new StretchRanks(data), from, to, minSegment);

    /// <summary><see cref="Best(double[], int, int, int)"/> of a series ranked through <paramref name="ranked"/>, which several calls on one series share.</summary>
    public static (int At, double Z) Best(StretchRanks ranked, int from, int to, int minSegment)
    {
        var n = to - from;
        if (n < 2 * minSegment)
        {
            return (-1, 0);
        }

        // Mean ranks for ties.
        var ranks = ranked.Of(from, to);
        var (best, bestZ) = (-1, 0.0);
        var u = 0.0; // sum over the first t points of (2 rank - (n + 1)): 2 × (Mann-Whitney U - its mean)
        for (var t = 1; t < n; t++)
        {
            u += 2 * ranks[t - 1] - (n + 1);
            if (t < minSegment || n - t < minSegment)
            {
                continue;
            }

            var z = Math.Abs(u) / Math.Sqrt((double)t * (n - t) * (n + 1) / 3);
            if (best < 0 || z > bestZ)
            {
                (best, bestZ) = (from + t, z);
            }
        }

        return (best, bestZ);
    }

    /// <summary>
    /// Pettitt's (1979) test of data[from..to): the chance that pure noise shows a split by rank as clear as the
    /// clearest one in it (the largest |U| over every split position), 1 for fewer than two points. O(n log n).
    /// </summary>
    public static double PettittP(double[] data, int from, int to)
    {
        var n = to - from;
        if (n < 2)
        {
            return 1;
        }

        var ranks = ArrayStatistics.RanksInplace(data[from..to], RankDefinition.Average);
        double u = 0, largest = 0;
        for (var t = 0; t < n - 1; t++)
        {
            u += 2 * ranks[t] - (n + 1);
            largest = Math.Max(largest, Math.Abs(u));
        }

        return PettittTail(largest, n);
    }

    /// <summary>
    /// How likely pure noise of data[from..to) shows a split by rank as clear as the one at <paramref name="at"/>
    /// <em>anywhere</em> in it: Pettitt's (1979) approximation for the largest |U| over all split positions,
    /// p ≈ 2 exp(−6 U² / (n³ + n²)), evaluated at the U of this split (U = 2 × (the first part's rank sum − its
    /// mean)). The search for the split point is paid for inside the statistic, so no Bonferroni factor over the
    /// positions is needed; ties get their mean rank. O(n log n).
    /// </summary>
    public static double SearchedP(double[] data, int from, int at, int to)
    {
        var n = to - from;
        if (at <= from || at >= to)
        {
            return 1;
        }

        var ranks = ArrayStatistics.RanksInplace(data[from..to], RankDefinition.Average);
        var u = 0.0;
        for (var i = 0; i < at - from; i++)
        {
            u += 2 * ranks[i] - (n + 1);
        }

        return PettittTail(Math.Abs(u), n);
    }

    /// <summary>Pettitt's approximation P(max |U| ≥ <paramref name="u"/>) for <paramref name="n"/> points of pure noise, capped at 1.</summary>
    private static double PettittTail(double u, int n)
    {
        var nn = (double)n;
        return Math.Min(1, 2 * Math.Exp(-6 * u * u / (nn * nn * nn + nn * nn)));
    }
}
