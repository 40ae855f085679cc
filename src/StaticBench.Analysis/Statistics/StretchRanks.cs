using MathNet.Numerics.Statistics;

namespace StaticBench.Analysis.Statistics;

/// <summary>
/// The mean ranks (<see cref="RankDefinition.Average"/>) of any stretch of one series, the same doubles as MathNet's
/// <see cref="ArrayStatistics.RanksInplace(double[], RankDefinition)"/> of that stretch: the series is sorted once, and a
/// long stretch's ranks come from one pass over that order instead of a sort of its own (binary segmentation ranks
/// nested stretches of a 3,000-point series dozens of times). Short stretches, and series with a NaN or an infinity
/// (which MathNet does not rank as ties), are ranked by MathNet.
/// </summary>
/// <param name="data">The series; it must not change while this is used.</param>
public sealed class StretchRanks(double[] data)
{
    /// <summary>Stretches shorter than the series' length over this are sorted on their own: cheaper than a pass over the whole order.</summary>
    private const int OwnSortBelowShare = 8;

    private int[]? order;

    /// <summary>The ranks of data[from..to), 1-based, ties given their mean rank.</summary>
    public double[] Of(int from, int to)
    {
        var n = to - from;
        if (n < data.Length / OwnSortBelowShare || Order() is not { } sorted)
        {
            return ArrayStatistics.RanksInplace(data[from..to], RankDefinition.Average);
        }

        var positions = new int[n];
        var m = 0;
        foreach (var i in sorted)
        {
            if (i >= from && i < to)
            {
                positions[m++] = i;
            }
        }

        // Ties as MathNet groups them after its sort: a run of values equal to the run's first ([a, b) in sorted order)
        // shares the rank (a + b - 1) / 2 + 1, which is a + 1 for a value alone.
        var ranks = new double[n];
        var a = 0;
        for (var b = 1; b <= n; b++)
        {
            if (b < n && Math.Abs(data[positions[b]] - data[positions[a]]) <= 0)
            {
                continue;
            }

            var rank = (double)(b + a - 1) / 2.0 + 1;
            for (var j = a; j < b; j++)
            {
                ranks[positions[j] - from] = rank;
            }

            a = b;
        }

        return ranks;
    }

    /// <summary>The series' indices in ascending order of value, sorted when first needed; null when a value is not finite.</summary>
    private int[]? Order()
    {
        if (order is null)
        {
            if (!Array.TrueForAll(data, double.IsFinite))
            {
                return null;
            }

            var keys = (double[])data.Clone();
            order = new int[data.Length];
            for (var i = 0; i < order.Length; i++)
            {
                order[i] = i;
            }

            Array.Sort(keys, order);
        }

        return order;
    }
}
