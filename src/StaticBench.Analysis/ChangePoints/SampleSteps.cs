using StaticBench.Analysis.Statistics;

namespace StaticBench.Analysis.ChangePoints;

/// <summary>
/// Steps found from the raw samples of single points, where the detector over per-commit medians cannot
/// reach: on histories shorter than <see cref="DetectorReach"/> points (the detector confirms nothing there)
/// and at the newest <see cref="DetectorOptions.MinSegment"/> − 1 points of longer ones (a step needs that
/// many points after it). Each such point's samples are tested against the pooled samples of the points
/// before it in its segment (at most <see cref="ReferencePoints"/>, never across a step found before it):
/// <list type="bullet">
/// <item>a two-sided Mann-Whitney test of the log samples at <see cref="Alpha"/>, and a Hodges-Lehmann
/// shift of at least the minimum effect;</item>
/// <item>beyond the runs seen so far: with two or more reference points, the new median must lie further
/// from their median than <see cref="RunSpreadFactor"/> times the furthest of them (samples of one run share
/// that run's offset, so a rank test of one run against others over-rejects by itself);</item>
/// <item>not a single odd run: when a later point exists, it must be shifted the same way by at least half
/// the step.</item>
/// </list>
/// The newest point has no later one, so a step there is reported at once and may go away with the next run.
/// Cost per tested point: one rank test of its samples against at most <see cref="ReferencePoints"/> points' samples.
/// </summary>
public static class SampleSteps
{
    /// <summary>Histories shorter than this are scanned here point by point; the detector finds no step below 17 points.</summary>
    public const int DetectorReach = 20;

    /// <summary>Points of the current segment pooled as the reference of a new point.</summary>
    public const int ReferencePoints = 5;

    /// <summary>Two-sided level of each point's test (10 samples against 10 reach it: the exact minimum is 1.1e-5).</summary>
    public const double Alpha = 0.001;

    /// <summary>How much further than the reference runs' own spread a new run's median must lie.</summary>
    public const double RunSpreadFactor = 2;

    /// <summary>
    /// A step must also be this many times the samples' own noise (robust standard deviation within runs): runs differ
    /// from each other by more than their samples say, and with one or two runs before it nothing else measures by how much.
    /// </summary>
    public const double NoiseFactor = 2;

    /// <summary>
    /// The positions (first points of new segments) this finds steps at, given the count of points, each
    /// point's samples (only asked for the points it tests and their references), and the steps the detector
    /// found (no position within a minimum segment of one is tested).
    /// </summary>
    /// <param name="count">The series' length.</param>
    /// <param name="samplesAt">A point's raw samples by position.</param>
    /// <param name="detected">The detector's steps.</param>
    /// <param name="options">Minimum segment and effect.</param>
    /// <param name="examined">How many points the detector scanned (<see cref="Findings.RefreshSchedule"/>): the points after its reach are tested here too. All of them when null.</param>
    public static IReadOnlyList<ChangePoint> Find(
        int count, Func<int, IReadOnlyList<double>> samplesAt, IReadOnlyList<ChangePoint> detected, DetectorOptions options, int? examined = null) =>
        Scan(count, samplesAt, detected, options, examined).Changes();

    /// <summary>
    /// <see cref="Find"/>, as a <see cref="SampleScan"/> that a later scan of the same series can go on from: given
    /// <paramref name="earlier"/>, a scan of the first <see cref="SampleScan.Count"/> of these points with the same
    /// samples, detected steps, options and examined count, the tests of the points that had a later point there are
    /// taken from it (a test reads only its point, its reference points and the point after it), and only the rest run.
    /// </summary>
    public static SampleScan Scan(
        int count, Func<int, IReadOnlyList<double>> samplesAt, IReadOnlyList<ChangePoint> detected, DetectorOptions options, int? examined = null, SampleScan? earlier = null)
    {
        var first = FirstTested(Math.Min(count, examined ?? count), options);
        var settled = earlier is null ? 0 : Math.Min(earlier.Count, count) - 1;
        var found = new List<SampleStep>();
        var segmentStart = detected.Where(c => c.Index < first).Select(c => c.Index).DefaultIfEmpty(0).Max();
        for (var i = Math.Max(1, first); i < count; i++)
        {
            if (detected.Any(c => Math.Abs(c.Index - i) < options.MinSegment))
            {
                continue;
            }

            var from = Math.Max(segmentStart, i - ReferencePoints);
            if ((i < settled ? earlier!.Steps.FirstOrDefault(s => s.Index == i) : Test(i, from, count, samplesAt, options)) is { } step)
            {
                found.Add(step);
                segmentStart = i;
            }
        }

        return new SampleScan(count, Math.Max(1, count - first), [.. found]);
    }

    /// <summary>The detector's steps and these, in order of position: a series' changes when it is not exact.</summary>
    public static IReadOnlyList<ChangePoint> With(
        IReadOnlyList<ChangePoint> detected, int count, Func<int, IReadOnlyList<double>> samplesAt, DetectorOptions options)
    {
        var found = Find(count, samplesAt, detected, options);
        return found.Count == 0 ? detected : [.. detected.Concat(found).OrderBy(c => c.Index)];
    }

    /// <summary>The first position tested in a series whose detector scanned <paramref name="count"/> points.</summary>
    public static int FirstTested(int count, DetectorOptions options) => count < DetectorReach ? 1 : Math.Max(1, count - options.MinSegment + 1);

    /// <summary>The first point whose samples a scan may ask for (the oldest reference of the first tested position), the detector having scanned <paramref name="count"/> points.</summary>
    public static int FirstNeeded(int count, DetectorOptions options) => Math.Max(0, FirstTested(count, options) - ReferencePoints);

    /// <summary>
    /// Whether a test of <paramref name="newSamples"/> against <paramref name="referenceSamples"/> can reach
    /// <see cref="Alpha"/> at all: the smallest two-sided exact Mann-Whitney p is 2 / C(n + m, n).
    /// </summary>
    public static bool CanDecide(int newSamples, int referenceSamples)
    {
        if (newSamples == 0 || referenceSamples == 0)
        {
            return false;
        }

        // log C(n + m, n) without overflow
        double logC = 0;
        for (var k = 1; k <= newSamples; k++)
        {
            logC += Math.Log(referenceSamples + k) - Math.Log(k);
        }

        return Math.Log(2) - logC < Math.Log(Alpha);
    }

    /// <summary>The median over the new run and its reference runs of each run's robust standard deviation (1.4826 × MAD).</summary>
    private static double WithinRunNoise(double[] head, int referenceCount, int referenceRuns, Func<int, IReadOnlyList<double>> samplesAt, int from, Func<double, double> scale)
    {
        var spreads = new List<double>(referenceRuns + 1) { Mad(head) };
        for (var j = from; j < from + referenceRuns; j++)
        {
            spreads.Add(Mad(samplesAt(j).Select(scale).ToArray()));
        }

        return 1.4826 * RankStatistics.Median(spreads);

        static double Mad(double[] values)
        {
            var median = RankStatistics.Median(values);
            return RankStatistics.Median(values.Select(v => Math.Abs(v - median)).ToArray());
        }
    }

    private static SampleStep? Test(int i, int from, int count, Func<int, IReadOnlyList<double>> samplesAt, DetectorOptions options)
    {
        var head = samplesAt(i);
        var reference = new List<double>();
        var medians = new List<double>();
        for (var j = from; j < i; j++)
        {
            var s = samplesAt(j);
            reference.AddRange(s);
            medians.Add(RankStatistics.Median(s));
        }

        if (!CanDecide(head.Count, reference.Count) || head.Concat(reference).Any(v => !double.IsFinite(v)))
        {
            return null;
        }

        var logScale = head.All(v => v > 0) && reference.All(v => v > 0);
        Func<double, double> scale = logScale ? Math.Log : v => v;
        var x = reference.Select(scale).ToArray();
        var y = head.Select(scale).ToArray();
        var p = RankStatistics.MannWhitneyPValue(x, y);
        var shift = RankStatistics.HodgesLehmannShift(x, y);
        var change = logScale ? Math.Exp(shift) - 1 : shift / Math.Max(Math.Abs(RankStatistics.Median(x)), double.Epsilon);
        if (p >= Alpha || Math.Abs(change) < options.MinEffect || Math.Abs(shift) < NoiseFactor * WithinRunNoise(y, x.Length, i - from, samplesAt, from, scale))
        {
            return null;
        }

        // Beyond the spread of the reference runs' own medians.
        var center = RankStatistics.Median(medians.Select(scale).ToArray());
        if (medians.Count >= 2)
        {
            var runSpread = medians.Max(m => Math.Abs(scale(m) - center));
            if (Math.Abs(scale(RankStatistics.Median(head)) - center) <= RunSpreadFactor * runSpread)
            {
                return null;
            }
        }

        // Held by the next point, when there is one.
        if (i + 1 < count)
        {
            var next = scale(RankStatistics.Median(samplesAt(i + 1))) - center;
            if (Math.Sign(next) != Math.Sign(shift) || Math.Abs(next) < Math.Abs(shift) / 2)
            {
                return null;
            }
        }

        return new SampleStep(i, p, change);
    }
}

/// <summary>A step <see cref="SampleSteps"/> found: its position, its test's p and the relative change (new over old minus one).</summary>
public sealed record SampleStep(int Index, double P, double Change);

/// <summary>
/// What <see cref="SampleSteps.Scan"/> found in a series of <paramref name="Count"/> points, having tested
/// <paramref name="Tested"/> positions: its steps, with each test's own p, so that a later scan can take the tests it
/// shares with this one (<see cref="Findings.DetectionMemo"/> remembers scans between builds).
/// </summary>
public sealed record SampleScan(int Count, int Tested, SampleStep[] Steps)
{
    /// <summary>The steps as change points, confidence 1 − p × the positions tested (Bonferroni over them, as the detector's confidence is over the series' length).</summary>
    public IReadOnlyList<ChangePoint> Changes() => [.. Steps.Select(s => new ChangePoint(s.Index, s.Change, Math.Max(0, 1 - s.P * Tested)))];
}
