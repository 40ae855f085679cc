using StaticBench.Analysis.Statistics;

namespace StaticBench.Analysis.ChangePoints;

/// <summary>
/// A step fitted by least absolute deviations: the cost of cutting a stretch at a point is the sum of absolute
/// deviations from each side's median, so one outlier moves it by its distance, not its square.
/// </summary>
public static class L1Split
{
    /// <summary>The cost of cutting <c>data[from..to]</c> before <paramref name="at"/>.</summary>
    public static double Cost(double[] data, int from, int at, int to) => Deviations(data.AsSpan(from, at - from)) + Deviations(data.AsSpan(at, to - at));

    /// <summary>The cut between <paramref name="first"/> and <paramref name="last"/> (inclusive) with the smallest cost, the first on ties; -1 if none.</summary>
    public static int Best(double[] data, int from, int to, int first, int last)
    {
        var (best, bestCost) = (-1, double.PositiveInfinity);
        for (var at = first; at <= last; at++)
        {
            var cost = Cost(data, from, at, to);
            if (cost < bestCost)
            {
                (best, bestCost) = (at, cost);
            }
        }

        return best;
    }

    /// <summary>The sum of absolute deviations from the side's median, added in order.</summary>
    private static double Deviations(ReadOnlySpan<double> side)
    {
        var median = RankStatistics.Median(side);
        var sum = 0.0;
        foreach (var v in side)
        {
            sum += Math.Abs(v - median);
        }

        return sum;
    }
}
