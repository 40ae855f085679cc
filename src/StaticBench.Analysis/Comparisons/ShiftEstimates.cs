using StaticBench.Analysis.Statistics;
using StaticBench.Schema.Model;

namespace StaticBench.Analysis.Comparisons;

/// <summary>
/// The estimates a timed comparison weighs: the shift of all samples (Mann-Whitney, Hodges-Lehmann,
/// Moses), and the shift of the best part (<see cref="LowerTailRankTest"/> on the best
/// <see cref="ComparisonOptions.BestPartFraction"/> of the pooled samples: the lowest for lower-is-better
/// metrics, the highest otherwise, because a busy machine only ever makes results worse).
/// </summary>
/// <remarks>
/// Two tests get two chances at a false alarm, so each runs at half of α and gives an interval at
/// half the miss rate (Bonferroni): a change is reported when either is significant, and whichever
/// interval is reported covers with at least the comparison's confidence. The best part is only
/// weighed when its test can reach half of α at these sample sizes (from 24 per side at 15%); with
/// fewer samples the whole samples get all of α, as before the best part was added.
/// </remarks>
public static class ShiftEstimates
{
    public static IReadOnlyList<ShiftEstimate> For(IReadOnlyList<double> x, IReadOnlyList<double> y, Better better, ComparisonOptions options)
    {
        var both = options.BestPartFraction > 0 && LowerTailRankTest.CanReach(x.Count, y.Count, options.BestPartFraction, options.Alpha / 2);
        var (alpha, confidence) = both ? (options.Alpha / 2, 1 - (1 - options.Confidence) / 2) : (options.Alpha, options.Confidence);
        var all = AllSamples(x, y, alpha, confidence);
        return both ? [all, BestPart(x, y, better, options.BestPartFraction, alpha, confidence)] : [all];
    }

    private static ShiftEstimate AllSamples(IReadOnlyList<double> x, IReadOnlyList<double> y, double alpha, double confidence)
    {
        var (low, high) = RankStatistics.ShiftInterval(x, y, confidence);
        return new ShiftEstimate(ChangeBasis.AllSamples, RankStatistics.MannWhitneyPValue(x, y), RankStatistics.HodgesLehmannShift(x, y), low, high, alpha, confidence);
    }

    private static ShiftEstimate BestPart(IReadOnlyList<double> x, IReadOnlyList<double> y, Better better, double fraction, double alpha, double confidence)
    {
        if (better == Better.Lower)
        {
            var lower = LowerTailRankTest.Analyse(x, y, fraction, confidence);
            return new ShiftEstimate(ChangeBasis.BestPart, lower.PValue, lower.Shift, lower.Low, lower.High, alpha, confidence);
        }

        // Higher is better: the upper tail, as the lower tail of the negated samples (and the shift negated back).
        var upper = LowerTailRankTest.Analyse([.. x.Select(v => -v)], [.. y.Select(v => -v)], fraction, confidence);
        return new ShiftEstimate(ChangeBasis.BestPart, upper.PValue, -upper.Shift, -upper.High, -upper.Low, alpha, confidence);
    }
}
