using System.Buffers;
using Perfolizer;
using Perfolizer.Mathematics.SignificanceTesting.Base;
using Perfolizer.Mathematics.SignificanceTesting.MannWhitney;
using Perfolizer.Metrology;

namespace StaticBench.Analysis.Statistics;

/// <summary>
/// Rank-based two-sample statistics, thin over Perfolizer: the Mann-Whitney U test for "do these
/// two samples differ in location", the Hodges-Lehmann shift (median of all pairwise differences) and
/// Moses' distribution-free confidence interval for that shift (written here: Perfolizer 0.3.17 has
/// no interval for the shift). None of them assume normal data, so outliers and two modes do not
/// break them.
/// </summary>
public static class RankStatistics
{
    /// <summary>
    /// Perfolizer 0.3.17 fills its table of binomial coefficients (used by the exact Mann-Whitney
    /// distribution) lazily, in a static field, without a lock: a thread can read the table while
    /// another is still filling it and get a p-value of -Infinity (seen in CI when series were scanned
    /// in parallel). The table has a fixed size once built, so building it here, before any caller can
    /// run, makes every later use read-only and safe from several threads.
    /// </summary>
    static RankStatistics() => Perfolizer.Mathematics.Common.BinomialCoefficientHelper.BinomialCoefficient(1, 0);

    /// <summary>
    /// Perfolizer 0.3.17 uses its exact (Loeffler) distribution up to 65 points in all, counting in 64-bit
    /// integers, and at exactly 65 the count overflows in the far tail: samples of 31 and 34 (or 32 and 33)
    /// that do not overlap at all get p ≈ 0.2-0.4 instead of 1e-18. From 65 points on, the Edgeworth
    /// approximation (what Perfolizer itself uses from 66) is used. Checked against an exact distribution
    /// for every pair of sizes up to 65 points in all; only these four pairs were wrong.
    /// </summary>
    private const int ExactLimit = 65;

    /// <summary>Two-sided Mann-Whitney p-value that <paramref name="x"/> and <paramref name="y"/> come from one distribution (1 when either is empty or both are constant and equal).</summary>
    public static double MannWhitneyPValue(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        if (x.Count == 0 || y.Count == 0)
        {
            return 1;
        }

        if (AllEqual(x) && AllEqual(y))
        {
            return x[0] == y[0] ? 1 : 0;
        }

        var p = MannWhitneyU.TwoSidedPValue(x, y, exact: x.Count + y.Count < ExactLimit);
        return double.IsFinite(p) ? Math.Clamp(p, 0, 1) : 1;
    }

    /// <summary>Hodges-Lehmann shift of <paramref name="y"/> relative to <paramref name="x"/> (Perfolizer: median of all pairwise differences y - x).</summary>
    public static double HodgesLehmannShift(IReadOnlyList<double> x, IReadOnlyList<double> y) =>
        PairDifferences.Median(x, y) ?? (PairwiseDifferences(x, y) is var d && d.Length == 0 ? 0 : Selection.MedianInPlace(d));

    /// <summary>
    /// Moses' confidence interval for the shift y - x at <paramref name="confidence"/>: order
    /// statistics of the sorted pairwise differences, chosen with the normal approximation to U.
    /// </summary>
    public static (double Low, double High) ShiftInterval(IReadOnlyList<double> x, IReadOnlyList<double> y, double confidence = 0.95)
    {
        var d = PairwiseDifferences(x, y);
        if (d.Length == 0)
        {
            return (double.NaN, double.NaN);
        }

        double n = x.Count, m = y.Count;
        var z = MathNet.Numerics.Distributions.Normal.InvCDF(0, 1, 1 - (1 - confidence) / 2);
        var k = (int)Math.Floor(n * m / 2 - z * Math.Sqrt(n * m * (n + m + 1) / 12));
        k = Math.Clamp(k, 0, d.Length - 1);
        return (Selection.Select(d, k), Selection.Select(d, d.Length - 1 - k));
    }

    public static double Median(IReadOnlyList<double> values) =>
        values is double[] array ? Median(array.AsSpan()) : MedianOfCopy(values.ToArray());

    /// <summary>
    /// The median (the mean of the two middle values for an even count; NaN when empty): read in place when the values
    /// are in order, otherwise selected in a pooled copy (<see cref="Selection"/>), the same order statistics as a sort
    /// in O(n) without an array of their own.
    /// </summary>
    public static double Median(ReadOnlySpan<double> values)
    {
        if (IsSorted(values))
        {
            return Middle(values);
        }

        var buffer = ArrayPool<double>.Shared.Rent(values.Length);
        var copy = buffer.AsSpan(0, values.Length);
        values.CopyTo(copy);
        var median = MedianOfCopy(copy);
        ArrayPool<double>.Shared.Return(buffer);
        return median;
    }

    /// <summary>The median of values the caller owns, reordering them; a NaN keeps the place a sort gives it.</summary>
    private static double MedianOfCopy(Span<double> copy)
    {
        if (copy.IsEmpty)
        {
            return double.NaN;
        }

        foreach (var value in copy)
        {
            if (double.IsNaN(value))
            {
                return Middle(copy.ToArray().Order().ToArray());
            }
        }

        return Selection.MedianInPlace(copy);
    }

    private static double Middle(ReadOnlySpan<double> sorted)
    {
        if (sorted.IsEmpty)
        {
            return double.NaN;
        }

        var mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    public static bool AllEqual(IReadOnlyList<double> values)
    {
        for (var i = 1; i < values.Count; i++)
        {
            if (values[i] != values[0])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Every y - x, unordered: callers select the order statistics they need (<see cref="Selection"/>).</summary>
    private static double[] PairwiseDifferences(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        var d = new double[x.Count * y.Count];
        var i = 0;
        if (x is double[] xs && y is double[] ys)
        {
            // The same differences in the same order, without an enumerator call per pair (the detector's hot path).
            foreach (var b in ys)
            {
                foreach (var a in xs)
                {
                    d[i++] = b - a;
                }
            }

            return d;
        }

        foreach (var b in y)
        {
            foreach (var a in x)
            {
                d[i++] = b - a;
            }
        }

        return d;
    }

    /// <summary>Ascending with no NaN: a NaN compares false both ways, so only a sort says where it goes.</summary>
    private static bool IsSorted(ReadOnlySpan<double> a)
    {
        for (var i = 0; i < a.Length; i++)
        {
            if (double.IsNaN(a[i]) || (i > 0 && a[i] < a[i - 1]))
            {
                return false;
            }
        }

        return true;
    }
}
