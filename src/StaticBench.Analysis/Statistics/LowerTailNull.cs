using System.Collections.Concurrent;
using MathNet.Numerics.Distributions;

namespace StaticBench.Analysis.Statistics;

/// <summary>
/// The distribution of <see cref="LowerTailRankTest"/>'s U statistic when both samples come from one
/// distribution (every assignment of the pooled samples to the two sides equally likely), for
/// <c>n</c> base and <c>m</c> head samples of which the lowest <c>kept</c> are ranked and the rest tied.
/// </summary>
/// <remarks>
/// Exact up to <see cref="ExactUpTo"/> kept samples: walking up the kept ranks, each is a head sample
/// with probability (heads left) / (samples left), and a head sample adds one pair for every base
/// sample below it; the censored samples add a fixed amount given how many heads were kept. Beyond
/// that, the normal approximation with the exact permutation variance (the censored samples are one
/// tie group). Ties among kept samples are ignored, which can only make the test more cautious.
/// Written here: Perfolizer's exact Mann-Whitney distribution has no censoring.
/// Immutable and built once per sample sizes: a comparison asks for it twice (whether the test can
/// reach α, then the test itself), and every series of a run usually has the same sample counts.
/// </remarks>
public sealed class LowerTailNull
{
    /// <summary>Largest kept count with the exact distribution (its cost grows as kept⁴: about 1 ms at 40).</summary>
    public const int ExactUpTo = 40;

    // Keys are sample counts, so few distinct ones ever occur. Shared by comparisons running in
    // parallel: GetOrAdd may build one twice in a race, but every caller gets the one stored.
    private static readonly ConcurrentDictionary<(int N, int M, int Kept), LowerTailNull> Built = new();

    private readonly SortedDictionary<double, double>? exact;
    private readonly double mean;
    private readonly double sd;

    private LowerTailNull(SortedDictionary<double, double>? exact, double mean, double sd) => (this.exact, this.mean, this.sd) = (exact, mean, sd);

    /// <summary>The distribution for <paramref name="n"/> base and <paramref name="m"/> head samples, the lowest <paramref name="kept"/> ranked.</summary>
    public static LowerTailNull For(int n, int m, int kept) => Built.GetOrAdd((n, m, kept), key => Build(key.N, key.M, key.Kept));

    private static LowerTailNull Build(int n, int m, int kept)
    {
        int total = n + m, censored = total - kept;
        var mean = n * (double)m / 2;
        var variance = n * (double)m / 12 * (total + 1 - ((double)censored * censored * censored - censored) / ((double)total * (total - 1)));
        return new LowerTailNull(kept <= ExactUpTo ? Exact(n, m, kept) : null, mean, Math.Sqrt(Math.Max(variance, 0)));
    }

    /// <summary>Two-sided p-value of an observed U: twice the smaller tail, at most 1.</summary>
    public double PValue(double u) => Math.Min(1, 2 * Math.Min(AtMost(u), AtLeast(u)));

    /// <summary>The smallest two-sided p-value these sample sizes can give.</summary>
    public double SmallestPValue => exact is null ? 0 : Math.Min(1, 2 * Math.Min(exact.First().Value, exact.Last().Value));

    /// <summary>
    /// Values of U at which a two-sided test at <paramref name="level"/> rejects: U ≤ Low or U ≥ High
    /// (infinite when no value is extreme enough).
    /// </summary>
    public (double Low, double High) Critical(double level)
    {
        if (exact is null)
        {
            var z = Normal.InvCDF(0, 1, 1 - level / 2) * sd;
            return (mean - z, mean + z);
        }

        double low = double.NegativeInfinity, high = double.PositiveInfinity, tail = 0;
        foreach (var (u, p) in exact)
        {
            if ((tail += p) > level / 2 + 1e-12)
            {
                break;
            }

            low = u;
        }

        tail = 0;
        foreach (var (u, p) in exact.Reverse())
        {
            if ((tail += p) > level / 2 + 1e-12)
            {
                break;
            }

            high = u;
        }

        return (low, high);
    }

    private double AtMost(double u) => exact is null ? Normal.CDF(mean, Math.Max(sd, 1e-300), u) : exact.Where(e => e.Key <= u + 1e-9).Sum(e => e.Value);

    private double AtLeast(double u) => exact is null ? 1 - Normal.CDF(mean, Math.Max(sd, 1e-300), u) : exact.Where(e => e.Key >= u - 1e-9).Sum(e => e.Value);

    private static SortedDictionary<double, double> Exact(int n, int m, int kept)
    {
        // p[heads, pairs]: probability that the kept samples so far hold this many heads and this many
        // base-below-head pairs. A head at rank i adds one pair per base below it (i - heads of them).
        var maxPairs = kept * kept / 4;
        var p = new double[kept + 1, maxPairs + 1];
        p[0, 0] = 1;
        for (var i = 0; i < kept; i++)
        {
            var next = new double[kept + 1, maxPairs + 1];
            for (var heads = Math.Min(i, m); heads >= 0 && i - heads <= n; heads--)
            {
                var pHead = (double)(m - heads) / (n + m - i);
                for (var pairs = 0; pairs <= heads * (i - heads); pairs++)
                {
                    if (p[heads, pairs] == 0)
                    {
                        continue;
                    }

                    if (pHead > 0)
                    {
                        next[heads + 1, pairs + i - heads] += p[heads, pairs] * pHead;
                    }

                    if (pHead < 1)
                    {
                        next[heads, pairs] += p[heads, pairs] * (1 - pHead);
                    }
                }
            }

            p = next;
        }

        var distribution = new SortedDictionary<double, double>();
        for (var heads = 0; heads <= Math.Min(kept, m); heads++)
        {
            // Censored heads lie above every kept base, and tie (one half) with every censored base.
            double censoredHeads = m - heads, keptBases = kept - heads, censoredBases = n - keptBases;
            for (var pairs = 0; pairs <= maxPairs; pairs++)
            {
                if (p[heads, pairs] == 0)
                {
                    continue;
                }

                var u = pairs + censoredHeads * keptBases + 0.5 * censoredHeads * censoredBases;
                distribution[u] = distribution.GetValueOrDefault(u) + p[heads, pairs];
            }
        }

        return distribution;
    }
}
