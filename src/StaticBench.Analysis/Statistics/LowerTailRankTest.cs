namespace StaticBench.Analysis.Statistics;

/// <summary>A shift of y relative to x measured on the lower tail: the test's p-value, the estimate and its interval.</summary>
public sealed record LowerTailShift(double PValue, double Shift, double Low, double High);

/// <summary>
/// A Mann-Whitney test that looks only at the lowest part of the pooled samples: every sample above
/// the lowest <c>fraction</c> of both sides together is censored (counted as tied with the other
/// censored ones). This is Gehan's generalized Wilcoxon test with one common censoring point.
/// </summary>
/// <remarks>
/// Why: noise that only ever adds (a process descheduled on a busy machine runs 2, 3, 4 times as long)
/// moves samples up into the censored part and leaves the undisturbed ones where they were, so a shift
/// of the undisturbed samples stays visible however many samples the load disturbed, on either side;
/// the full test sees mostly the disturbance. Distribution-free: under "no change" every assignment of
/// the pooled samples to the two sides is equally likely (base and head runs interleaved), and
/// <see cref="LowerTailNull"/> is exact for that. The estimate and the interval invert the test, as
/// Hodges-Lehmann and Moses do for the full test: the shift d at which head − d is balanced against
/// base, and every d the test would not reject. Written here: neither library has a censored rank test.
/// </remarks>
public static class LowerTailRankTest
{
    /// <summary>How many pooled samples are ranked: the lowest ceil(fraction × (n + m)), at least one.</summary>
    public static int KeptCount(int n, int m, double fraction) => Math.Clamp((int)Math.Ceiling(fraction * (n + m) - 1e-9), 1, n + m);

    /// <summary>Whether the test can reach a two-sided p-value of <paramref name="alpha"/> at these sample sizes at all.</summary>
    public static bool CanReach(int n, int m, double fraction, double alpha) =>
        n > 0 && m > 0 && LowerTailNull.For(n, m, KeptCount(n, m, fraction)).SmallestPValue <= alpha;

    /// <summary>
    /// U statistic: the number of (x, y) pairs with x below y, where a tie and a pair of two censored
    /// samples count one half. Its expectation under "no change" is n·m/2; larger means y is higher.
    /// </summary>
    public static double Statistic(IReadOnlyList<double> x, IReadOnlyList<double> y, double fraction) =>
        new Sides(x, y, KeptCount(x.Count, y.Count, fraction)).U(0);

    /// <summary>The test's p-value, the shift of y relative to x, and its interval at <paramref name="confidence"/>.</summary>
    public static LowerTailShift Analyse(IReadOnlyList<double> x, IReadOnlyList<double> y, double fraction, double confidence)
    {
        if (x.Count == 0 || y.Count == 0)
        {
            return new LowerTailShift(1, 0, double.NegativeInfinity, double.PositiveInfinity);
        }

        var sides = new Sides(x, y, KeptCount(x.Count, y.Count, fraction));
        var nul = LowerTailNull.For(x.Count, y.Count, sides.Kept);
        var balance = x.Count * (double)y.Count / 2;
        var shift = (sides.FirstShiftWhere(u => u <= balance) + sides.FirstShiftWhere(u => u < balance)) / 2;
        var (rejectLow, rejectHigh) = nul.Critical(1 - confidence);

        // U falls as d grows. Shifts below Low leave head − d so high that U ≥ rejectHigh; above High, U ≤ rejectLow.
        var low = double.IsInfinity(rejectHigh) ? double.NegativeInfinity : sides.FirstShiftWhere(u => u < rejectHigh);
        var high = double.IsInfinity(rejectLow) ? double.PositiveInfinity : sides.FirstShiftWhere(u => u <= rejectLow);
        return new LowerTailShift(nul.PValue(sides.U(0)), shift, low, high);
    }

    /// <summary>Both samples sorted once, so that U of (x, y − d) costs O(m log n) for each trial shift d.</summary>
    private sealed class Sides(IReadOnlyList<double> x, IReadOnlyList<double> y, int kept)
    {
        private readonly double[] xs = [.. x.Order()];
        private readonly double[] ys = [.. y.Order()];

        public int Kept => kept;

        public double U(double d)
        {
            var cutoff = KthSmallest(d);
            var keptBases = UpperBound(xs, cutoff);
            double u = 0;
            foreach (var raw in ys)
            {
                var h = raw - d;
                if (h > cutoff)
                {
                    u += keptBases + 0.5 * (xs.Length - keptBases);
                }
                else
                {
                    var below = LowerBound(xs, h);
                    u += below + 0.5 * (UpperBound(xs, h) - below);
                }
            }

            return u;
        }

        /// <summary>The smallest shift d (to within rounding) at which <paramref name="holds"/>(U(d)) is true; U never rises with d.</summary>
        public double FirstShiftWhere(Func<double, bool> holds)
        {
            // Beyond these, every y − d is above (below) every x and U no longer changes.
            double lo = ys[0] - xs[^1] - 1, hi = ys[^1] - xs[0] + 1;
            if (holds(U(lo)))
            {
                return lo;
            }

            for (var i = 0; i < 200; i++)
            {
                var mid = lo + (hi - lo) / 2;
                if (mid <= lo || mid >= hi)
                {
                    break;
                }

                if (holds(U(mid)))
                {
                    hi = mid;
                }
                else
                {
                    lo = mid;
                }
            }

            return hi;
        }

        private double KthSmallest(double d)
        {
            int i = 0, j = 0;
            double value = 0;
            for (var k = 0; k < kept; k++)
            {
                value = j >= ys.Length || (i < xs.Length && xs[i] <= ys[j] - d) ? xs[i++] : ys[j++] - d;
            }

            return value;
        }

        private static int LowerBound(double[] a, double v)
        {
            int lo = 0, hi = a.Length;
            while (lo < hi)
            {
                var mid = (lo + hi) / 2;
                if (a[mid] < v)
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid;
                }
            }

            return lo;
        }

        private static int UpperBound(double[] a, double v)
        {
            int lo = 0, hi = a.Length;
            while (lo < hi)
            {
                var mid = (lo + hi) / 2;
                if (a[mid] <= v)
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid;
                }
            }

            return lo;
        }
    }
}
