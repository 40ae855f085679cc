using StaticBench.Analysis.Statistics;
using StaticBench.Schema.Model;

namespace StaticBench.Analysis.Comparisons;

/// <summary>
/// Compares the samples of one series between base and head. Deterministic metrics (every sample of
/// each side identical) are compared exactly. Otherwise, on log samples: a rank test of all samples
/// (Mann-Whitney, Hodges-Lehmann shift, Moses' interval) and, with enough samples, one of the best
/// part only, which a busy machine cannot disturb (<see cref="ShiftEstimates"/>); the verdict, the
/// reported change and the minimum detectable effect (from the intervals' widths) weigh both.
/// Pure and deterministic (no resampling).
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
        var scale = positive || baseMedian == 0 ? 1 : Math.Abs(baseMedian);
        double ToChange(double s) => positive ? Math.Exp(s) - 1 : s / scale;
        bool Flags(ShiftEstimate e) => e.Significant && Math.Abs(ToChange(e.Shift)) >= options.Threshold && (e.Low > 0 || e.High < 0);

        // Report the estimate that found a change (the more significant, should both), else the more
        // precise one. Each was made at its share of α and with its share of the miss rate
        // (ShiftEstimates), so whichever is picked, its interval still covers at the stated confidence.
        var estimates = ShiftEstimates.For(x, y, better, options);
        var found = estimates.Where(Flags).MinBy(e => e.PValue);
        var reported = found ?? estimates.MinBy(e => e.High - e.Low)!;
        var change = ToChange(reported.Shift);
        var (changeLow, changeHigh) = (ToChange(reported.Low), ToChange(reported.High));

        // "No change" is a claim too: only when the whole interval lies within the threshold. A change
        // that is not significant but whose interval reaches past the threshold (wide noise, or too few
        // samples for the rank test to ever reach significance: 3 per side cannot go below p = 0.1) is
        // "too noisy to say", never "no change".
        // Identical samples on both sides (the same run compared with itself) are no change whatever their noise:
        // nothing differs, so there is nothing too noisy to tell.
        var verdict = found is not null ? Direction(change, better)
            : changeLow >= -options.Threshold && changeHigh <= options.Threshold ? Verdict.NoChange
            : SameSamples(baseSamples, headSamples) ? Verdict.NoChange
            : Verdict.TooNoisy;

        return common with
        {
            Method = ComparisonMethod.RankBased, Verdict = verdict, Change = change, ChangeLow = changeLow, ChangeHigh = changeHigh,
            Basis = reported.Basis,
            PValue = Math.Min(1, estimates.Min(e => e.PValue) * estimates.Count),

            // The comparison finds a change when either estimate does, so it detects at least what the better one would.
            MinimumDetectable = estimates.Min(e => ToChange(e.MinimumDetectableShift(options.Power))),
        };
    }

    /// <summary>Relative differences up to this are equal for deterministic metrics (0.01%).</summary>
    public const double ExactTolerance = 1e-4;

    /// <summary>Counts and byte sizes (instruction counts, artifact sizes), or any samples that repeat exactly.</summary>
    public static bool IsDeterministic(string unit, IReadOnlyList<double> baseSamples, IReadOnlyList<double> headSamples) =>
        unit is "count" or "bytes" || (RankStatistics.AllEqual(baseSamples) && RankStatistics.AllEqual(headSamples));

    private static bool SameSamples(IReadOnlyList<double> x, IReadOnlyList<double> y) =>
        x.Count == y.Count && x.Order().SequenceEqual(y.Order());

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
