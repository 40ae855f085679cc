using System.Collections.Concurrent;
using Perfolizer.Mathematics.SignificanceTesting.MannWhitney;

namespace StaticBench.Analysis.Statistics;

/// <summary>
/// The two-sided Mann-Whitney test exactly as Perfolizer 0.3.17's <c>MannWhitneyTest.PerformStrategy</c> computes it
/// (U from mid-ranks, ties within 1e-9, each side's p from its distribution, twice the smaller, at most 1), with
/// Perfolizer's own distributions, but with the exact distribution's values remembered. Perfolizer recomputes the
/// Loeffler recurrence, O(u²), on every call: a third of the detector's and the newest-point test's time at 200
/// series × 3,000 points, for a few thousand distinct (n, m, u). The statistic is computed here because Perfolizer
/// does not expose it apart from the test; a test checks the p-values against Perfolizer's own.
/// </summary>
internal static class MannWhitneyU
{
    private static readonly ConcurrentDictionary<(int N, int M, int U), double> ExactCdf = new();

    /// <summary>Two-sided p for x against y (both non-empty); <paramref name="exact"/> picks Loeffler's exact distribution, else Edgeworth's.</summary>
    public static double TwoSidedPValue(IReadOnlyList<double> x, IReadOnlyList<double> y, bool exact)
    {
        int n = x.Count, m = y.Count;
        var ux = UOfFirst(x, y);
        var greater = 1 - Cdf(n, m, (int)Math.Round(ux), exact);
        var less = 1 - Cdf(m, n, (int)Math.Round(n * (double)m - ux), exact);
        return Math.Min(Math.Min(greater, less) * 2, 1);
    }

    private static double Cdf(int n, int m, int u, bool exact) => exact
        ? ExactCdf.GetOrAdd((n, m, u), k => MannWhitneyLoefflerExactCdf.Instance.Cdf(k.N, k.M, k.U))
        : MannWhitneyEdgeworthApproxCdf.Instance.Cdf(n, m, u);

    /// <summary>U of <paramref name="x"/>: its mid-rank sum in the pooled sample minus n(n+1)/2 (the rank sums of both add up to N(N+1)/2, so y's U is nm − U).</summary>
    private static double UOfFirst(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        int n = x.Count, total = n + y.Count;
        var values = new double[total];
        var fromX = new bool[total];
        for (var i = 0; i < n; i++)
        {
            values[i] = x[i];
            fromX[i] = true;
        }

        for (var i = n; i < total; i++)
        {
            values[i] = y[i - n];
        }

        Array.Sort(values, fromX);
        double rankSum = 0;
        for (var i = 0; i < total;)
        {
            var j = i;
            while (j + 1 < total && Math.Abs(values[j + 1] - values[i]) < 1e-9)
            {
                j++;
            }

            var rank = (i + j + 2) / 2.0;
            for (var k = i; k <= j; k++)
            {
                if (fromX[k])
                {
                    rankSum += rank;
                }
            }

            i = j + 1;
        }

        return rankSum - n * (n + 1) / 2.0;
    }
}
