using MathNet.Numerics.Distributions;
using StaticBench.Analysis.Statistics;
using StaticBench.Schema.Model;

namespace StaticBench.Analysis.Comparisons;

/// <summary>
/// Compares the samples of one series between base and head. Deterministic metrics (every sample of
/// each side identical) are compared exactly. Otherwise: Mann-Whitney for significance, the
/// Hodges-Lehmann shift of log samples as the ratio, Moses' interval around it, and the minimum
/// detectable effect from that interval's width. Pure and deterministic (no resampling).
/// </summary>
public static class SampleComparer
{
    public static Comparison Compare(
        string name, SeriesKey key, string unit, Better better,
        IReadOnlyList<double> baseSamples, IReadOnlyList<double> headSamples, ComparisonOptions? options = null)
    {
        options ??= new ComparisonOptions();
        var baseMedian = RankStatistics.Median(baseSamples);
        var headMedian = RankStatistics.Median(headSamples);
        var common = new Comparison
        {
            Name = name, Key = key, Unit = unit, Better = better, Method = ComparisonMethod.Exact, Verdict = Verdict.NoChange,
            BaseCount = baseSamples.Count, HeadCount = headSamples.Count, BaseMedian = baseMedian, HeadMedian = headMedian,
        };

        if (IsDeterministic(unit, baseSamples, headSamples))
        {
            // Counts and sizes: no statistics. A difference is real when it exceeds both the spread
            // of repeats on either side and a 0.01% floor (callgrind's Ir moves by a few dozen
            // instructions between identical runs).
            var exact = Relative(baseMedian, headMedian);
            var tolerance = Math.Max(ExactTolerance, Math.Max(Spread(baseSamples), Spread(headSamples)));
            var differs = Math.Abs(exact) > tolerance;
            return common with
            {
                Change = exact, ChangeLow = exact, ChangeHigh = exact, PValue = differs ? 0 : 1, MinimumDetectable = tolerance,
                Verdict = differs ? Direction(exact, better) : Verdict.NoChange,
            };
        }

        var positive = baseSamples.All(v => v > 0) && headSamples.All(v => v > 0);
        var (x, y) = positive ? (baseSamples.Select(v => Math.Log(v)).ToArray(), headSamples.Select(v => Math.Log(v)).ToArray()) : (baseSamples.ToArray(), headSamples.ToArray());
        var shift = RankStatistics.HodgesLehmannShift(x, y);
        var (low, high) = RankStatistics.ShiftInterval(x, y, options.Confidence);
        var scale = positive || baseMedian == 0 ? 1 : Math.Abs(baseMedian);
        double ToChange(double s) => positive ? Math.Exp(s) - 1 : s / scale;

        var p = RankStatistics.MannWhitneyPValue(x, y);
        var zInterval = Normal.InvCDF(0, 1, 1 - (1 - options.Confidence) / 2);
        var standardError = (high - low) / (2 * zInterval);
        var mdeShift = (Normal.InvCDF(0, 1, 1 - options.Alpha / 2) + Normal.InvCDF(0, 1, options.Power)) * standardError;
        var change = ToChange(shift);
        var (changeLow, changeHigh) = (ToChange(low), ToChange(high));

        // "No change" is a claim too: only when the whole interval lies within the threshold. A change
        // that is not significant but whose interval reaches past the threshold (wide noise, or too few
        // samples for the rank test to ever reach significance: 3 per side cannot go below p = 0.1) is
        // "too noisy to say", never "no change".
        Verdict verdict;
        if (p < options.Alpha && Math.Abs(change) >= options.Threshold && (changeLow > 0 || changeHigh < 0))
        {
            verdict = Direction(change, better);
        }
        else if (changeLow >= -options.Threshold && changeHigh <= options.Threshold)
        {
            verdict = Verdict.NoChange;
        }
        else
        {
            verdict = Verdict.TooNoisy;
        }

        return common with
        {
            Method = ComparisonMethod.RankBased, Verdict = verdict, Change = change, ChangeLow = changeLow, ChangeHigh = changeHigh,
            PValue = p, MinimumDetectable = ToChange(mdeShift),
        };
    }

    /// <summary>Relative differences up to this are equal for deterministic metrics (0.01%).</summary>
    public const double ExactTolerance = 1e-4;

    /// <summary>Counts and byte sizes (instruction counts, artifact sizes), or any samples that repeat exactly.</summary>
    public static bool IsDeterministic(string unit, IReadOnlyList<double> baseSamples, IReadOnlyList<double> headSamples) =>
        unit is "count" or "bytes" || (RankStatistics.AllEqual(baseSamples) && RankStatistics.AllEqual(headSamples));

    private static double Spread(IReadOnlyList<double> samples)
    {
        var median = Math.Abs(RankStatistics.Median(samples));
        return samples.Count < 2 || median == 0 ? 0 : (samples.Max() - samples.Min()) / median;
    }

    private static double Relative(double from, double to) =>
        from == to ? 0 : from == 0 ? Math.Sign(to) * double.PositiveInfinity : (to - from) / Math.Abs(from);

    private static Verdict Direction(double change, Better better) =>
        (change > 0) == (better == Better.Higher) ? Verdict.Improvement : Verdict.Regression;
}
