using StaticBench.Analysis.Statistics;

namespace StaticBench.Analysis.ChangePoints;

/// <summary>What the confirming test says about a step at one position: its p-value, its relative size, and whether it counts.</summary>
public readonly record struct StepTestResult(double P, double Change, bool Pass)
{
    public static readonly StepTestResult TooShort = new(1, 0, false);
}

/// <summary>
/// The test a candidate step must pass: the points before it against the points from it on
/// (data[from..at) against data[at..to)). A two-sided Mann-Whitney test at
/// <see cref="DetectorOptions.Alpha"/>, a Hodges-Lehmann shift of at least
/// <see cref="DetectorOptions.MinEffect"/>, and a step visible right at the boundary. Sides that
/// trend together (Mann-Kendall) are detrended first, so a local drift is not taken for a step.
/// </summary>
public static class StepTest
{
    /// <summary>Points each side of the boundary that must show a good part of the windows' shift.</summary>
    private const int LocalPoints = 16;

    private const double LocalShare = 0.5;

    /// <summary>
    /// Tests a step at <paramref name="at"/> between data[from..at) and data[at..to). <paramref name="data"/> is the
    /// series as tested (log values when <paramref name="logScale"/>, drift already removed); <paramref name="raw"/>
    /// the series as given, for the level a non-log change is relative to.
    /// </summary>
    public static StepTestResult Run(double[] data, IReadOnlyList<double> raw, int from, int at, int to, bool logScale, DetectorOptions options)
    {
        if (at - from < options.MinSegment || to - at < options.MinSegment)
        {
            return StepTestResult.TooShort;
        }

        var left = data[from..at];
        var right = data[at..to];

        // Drift: the compared sides trend together. (A wider context that crossed the neighbouring
        // steps was checked too, before the series-wide drift was taken off first; it mistook two
        // steps the same way either side of a flat stretch for a drift, and its slope then made a
        // false step there.)
        if (Math.Abs(Trend.MannKendallZ(left, right)) > options.DriftZ)
        {
            var slope = Trend.TheilSenSlope(left, right);
            for (var i = 0; i < left.Length; i++)
            {
                left[i] -= slope * (from + i - at);
            }

            for (var i = 0; i < right.Length; i++)
            {
                right[i] -= slope * i;
            }
        }

        var p = RankStatistics.MannWhitneyPValue(left, right);
        var shift = RankStatistics.HodgesLehmannShift(left, right);

        // A step is visible right at the boundary: the few points either side must differ by a good
        // part of the window's shift. A drift slower than the window can detect shifts the windows
        // apart but barely moves across the boundary.
        var k = Math.Min(LocalPoints, Math.Min(left.Length, right.Length));
        var local = RankStatistics.HodgesLehmannShift(left[^k..], right[..k]);
        var isStep = Math.Sign(local) == Math.Sign(shift) && Math.Abs(local) >= LocalShare * Math.Abs(shift);
        double change;
        if (logScale)
        {
            change = Math.Exp(shift) - 1;
        }
        else
        {
            var level = Math.Abs(RankStatistics.Median(raw.Skip(from).Take(at - from).ToArray()));
            change = level == 0 ? (shift == 0 ? 0 : Math.Sign(shift)) : shift / level;
        }

        return new StepTestResult(p, change, p < options.Alpha && Math.Abs(change) >= options.MinEffect && isStep);
    }
}
