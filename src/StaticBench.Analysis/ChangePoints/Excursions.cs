using StaticBench.Analysis.Statistics;

namespace StaticBench.Analysis.ChangePoints;

/// <summary>
/// Steps that were undone: from the first point of <paramref name="From"/>'s new level to <paramref name="To"/>, the
/// first point back at the level before it. <paramref name="Steps"/> are the positions of every step inside (the first
/// is <paramref name="From"/>, the last <paramref name="To"/>; none for a creep taken back, <see cref="Excursions.Undoing"/>); <paramref name="Peak"/> is the largest departure from
/// the level before, new over old minus one (its sign says up or down); <paramref name="Net"/> the level after the last
/// step against the level before the first, by the same measure.
/// </summary>
public sealed record Excursion(int From, int To, double Peak, double Net, IReadOnlyList<int> Steps)
{
    /// <summary>Commits the level stayed away: <see cref="To"/> − <see cref="From"/>.</summary>
    public int Span => To - From;

    /// <summary>
    /// Set when the level is not back but stays within the series' wander (<see cref="Excursions.WanderRange"/>): a
    /// quarter more than the largest excursion, new over old minus one in size, that the series has already come back
    /// from (<see cref="Excursions.WanderMargin"/>). Then
    /// <see cref="To"/> is the newest point and <see cref="Net"/> the newest level against the level before the step.
    /// </summary>
    public double? Wander { get; init; }

    /// <summary>
    /// Set when the step is shaped like a wander rather than a step (<see cref="StepShape"/>). Then <see cref="From"/> =
    /// <see cref="To"/> is the step, and <see cref="Peak"/> = <see cref="Net"/> the difference of its two sides as measured;
    /// for a <see cref="StepShape.Sawtooth"/>, <see cref="Peak"/> is what its run of steps adds up to and <see cref="Net"/>
    /// what the points moved across the run.
    /// </summary>
    public StepShape? Shape { get; init; }

    /// <summary>True for a run of steps after which the level came back; false for a step undone by the series' wander or seen only against its drift.</summary>
    public bool CameBack => Wander is null && Shape is null;
}

/// <summary>Why a standing step is shaped like a wander (<see cref="Excursion.Shape"/>).</summary>
public enum StepShape
{
    /// <summary>Its two sides, as measured, are level with each other: it shows only net of the drift the detector took off.</summary>
    Level,

    /// <summary>It is within the noise's wander, and one smooth curve fits its two sides as well as a step does.</summary>
    Curve,

    /// <summary>
    /// It is one of a run of neighbouring steps that all go its way, and across the whole run the points moved less than
    /// half of what the steps add up to: the steps show against the drift taken off between them, a sawtooth on a wander.
    /// </summary>
    Sawtooth,
}

/// <summary>
/// Finds excursions among a series' confirmed steps: a run of steps whose level comes back, within
/// <see cref="MaxSpan"/> commits, to where it was before the first of them. A temporary regression that was fixed, and
/// a slow wander of the noise that the step test cuts into a step up and a step down, both look like this; neither is a
/// standing change, so a series whose recent steps are all inside excursions has "no net change" (its status, the
/// regressions page and the feed do not count them as open), while its chart still shows the steps.
/// <para>
/// "Comes back" is decided by the statistics of the points, not by the steps' estimated sizes: the points before the
/// first step (back to the step before it, at most <see cref="DetectorOptions.Window"/>) against the points after the
/// last (up to the next step, at most as many). The level is back when their Hodges-Lehmann shift is below the
/// minimum effect, or when it is within the series' noise (the robust standard deviation of neighbouring points) and
/// the detector's own test would not confirm it as a step (Mann-Whitney p ≥ α): a net change the detector would
/// report stays a regression. Runs are taken greedily from the oldest step, each ending at the first step that
/// brings the level back.
/// </para>
/// <para>
/// A series that has come back from an excursion no larger than <see cref="WanderNoiseFactor"/> times its noise
/// wanders: a standing step no larger than the largest such excursion and a quarter (<see cref="WanderRange"/>), whose level at the
/// newest points is also within it against the level before the step, is within that wander and stands no more than
/// the excursions did (a one-step <see cref="Excursion"/> to the newest point, with <see cref="Excursion.Wander"/> set).
/// A step larger than anything the series came back from, or any step on a series that never came back, stands,
/// unless it is shaped like a wander (<see cref="StepShape"/>: its sides are level as measured, one smooth curve fits
/// them as well as a step, or it is part of a run of steps one way that the points did not follow): then it is a one-step
/// excursion from the step to itself, <see cref="Excursion.Shape"/> set.
/// </para>
/// <para>
/// A step counts only once it is followed by the step that undoes it: until the fix is measured and confirmed the
/// regression stands and is reported; a regression fixed after more than <see cref="MaxSpan"/> commits stays reported
/// as a regression and its fix as an improvement.
/// </para>
/// </summary>
public static class Excursions
{
    /// <summary>
    /// The longest excursion in commits: the staircase set's slow noise (sines of period 100-300 commits) wanders
    /// away for half a period, up to 150 (docs/statistics.md, "Excursions").
    /// </summary>
    public const int MaxSpan = 150;

    /// <summary>
    /// An excursion is the series' wander only when its peak is at most this many times the series' noise (the
    /// robust standard deviation of neighbouring points): a fixed regression of 10% on a series with 2% noise is no
    /// wander, and does not excuse the next one. The same factor as <see cref="CreepFinder.NoiseFactor"/>.
    /// </summary>
    public const double WanderNoiseFactor = CreepFinder.NoiseFactor;

    /// <param name="values">The series' points (positive; compared on log values).</param>
    /// <param name="steps">The detector's steps on the same points (any order).</param>
    /// <param name="options">The detector's options: its window, α and minimum effect.</param>
    /// <param name="maxSpan">The longest excursion (for the evaluation; default <see cref="MaxSpan"/>).</param>
    public static IReadOnlyList<Excursion> Find(IReadOnlyList<double> values, IReadOnlyList<ChangePoint> steps, DetectorOptions options, int maxSpan = MaxSpan)
    {
        var n = values.Count;
        var cuts = steps.Select(s => s.Index).Where(i => i > 0 && i < n).Distinct().Order().ToArray();
        if (cuts.Length == 0 || values.Any(v => !(v > 0) || !double.IsFinite(v)))
        {
            return [];
        }

        var data = values.Select(v => Math.Log(v)).ToArray();
        var noise = CreepFinder.Noise(data);
        var found = new List<Excursion>();
        for (var i = 0; i < cuts.Length - 1; i++)
        {
            var before = Before(data, cuts, i, options.Window);
            for (var j = i + 1; j < cuts.Length && cuts[j] - cuts[i] <= maxSpan; j++)
            {
                var after = After(data, cuts, j, options.Window);
                if (!IsBack(before, after, noise, options))
                {
                    continue;
                }

                var level = RankStatistics.Median(before);
                var peak = Enumerable.Range(i, j - i)
                    .Select(k => RankStatistics.Median(After(data, cuts, k, options.Window)) - level)
                    .MaxBy(Math.Abs);
                found.Add(new Excursion(cuts[i], cuts[j], Math.Exp(peak) - 1, Math.Exp(RankStatistics.HodgesLehmannShift(before, after)) - 1, cuts[i..(j + 1)]));
                i = j;
                break;
            }
        }

        found.AddRange(WithinWander(data, cuts, found, noise, options));
        var shaped = ShapedLikeWander(data, cuts, found, noise, options).ToList();
        var sizes = steps.Where(c => c.Index > 0 && c.Index < n).GroupBy(c => c.Index).ToDictionary(g => g.Key, g => Math.Log(1 + g.First().Change));
        return [.. found, .. shaped, .. Sawtooth(data, cuts, sizes, [.. found, .. shaped], options)];
    }

    /// <summary>
    /// The standing steps whose shape is a wander's rather than a step's (<see cref="StepShape"/>), each as a one-step
    /// excursion from the step to itself with <see cref="Excursion.Shape"/> set:
    /// <list type="bullet">
    /// <item><see cref="StepShape.Level"/>: the two sides as measured are level with each other (<see cref="IsBack"/>).
    /// The detector confirms steps net of the drift it measured inside its segments; on a slow wander that slope is the
    /// wander's own, and a sine cut into segments that each slope one way leaves a sawtooth of "steps" whose sides never
    /// left the level.</item>
    /// <item><see cref="StepShape.Curve"/>: the step, as measured, is no larger than <see cref="WanderNoiseFactor"/> times
    /// the noise, and one smooth curve (a cubic in position) fits its two sides at least as well as two flat levels:
    /// the level bends there over tens of points, as a wander does; a step is flat on both sides and a curve cannot
    /// follow its jump.</item>
    /// </list>
    /// </summary>
    private static IEnumerable<Excursion> ShapedLikeWander(double[] data, int[] cuts, List<Excursion> excursions, double noise, DetectorOptions options)
    {
        for (var i = 0; i < cuts.Length; i++)
        {
            if (excursions.Any(e => e.Steps.Contains(cuts[i])))
            {
                continue;
            }

            var before = Before(data, cuts, i, options.Window);
            var after = After(data, cuts, i, options.Window);
            var net = Math.Exp(RankStatistics.HodgesLehmannShift(before, after)) - 1;
            var shape = IsBack(before, after, noise, options) ? StepShape.Level
                : Math.Abs(Math.Log(1 + net)) <= WanderNoiseFactor * noise && CurveFitsAsWell(before, after, noise) ? StepShape.Curve
                : (StepShape?)null;
            if (shape is not null)
            {
                yield return new Excursion(cuts[i], cuts[i], net, net, [cuts[i]]) { Shape = shape };
            }
        }
    }

    /// <summary>
    /// Whether a cubic in position over both sides leaves residuals no larger than each side's own median does: the two
    /// sides read as one smooth curve as well as they read as a step. Residuals count squared up to
    /// <see cref="OutlierLimit"/> times <paramref name="noise"/> and no further, and the cubic is fitted again without
    /// the points beyond that, so outliers and a second mode (which neither shape explains) do not decide.
    /// </summary>
    public static bool CurveFitsAsWell(double[] before, double[] after, double noise)
    {
        var n = before.Length + after.Length;
        if (before.Length < CurveDegree || after.Length < CurveDegree || !(noise > 0))
        {
            return false;
        }

        // Positions scaled to [-1, 1] so the cubic's normal equations stay well conditioned.
        var x = Enumerable.Range(0, n).Select(k => 2.0 * k / (n - 1) - 1).ToArray();
        var y = before.Concat(after).ToArray();
        var limit = OutlierLimit * noise;
        var c = MathNet.Numerics.Fit.Polynomial(x, y, CurveDegree);
        var kept = Enumerable.Range(0, n).Where(k => Math.Abs(y[k] - MathNet.Numerics.Polynomial.Evaluate(x[k], c)) <= limit).ToArray();
        if (kept.Length > n / 2 && kept.Length < n)
        {
            c = MathNet.Numerics.Fit.Polynomial([.. kept.Select(k => x[k])], [.. kept.Select(k => y[k])], CurveDegree);
        }

        double Loss(double r) => Math.Min(r * r, limit * limit);
        var curve = Enumerable.Range(0, n).Sum(k => Loss(y[k] - MathNet.Numerics.Polynomial.Evaluate(x[k], c)));
        var (low, high) = (RankStatistics.Median(before), RankStatistics.Median(after));
        var step = before.Sum(v => Loss(v - low)) + after.Sum(v => Loss(v - high));
        return curve <= step;
    }

    /// <summary>
    /// The standing steps that are part of a sawtooth (<see cref="StepShape.Sawtooth"/>), each as a one-step excursion
    /// from the step to itself, <see cref="Excursion.Peak"/> what the run's steps add up to and <see cref="Excursion.Net"/>
    /// what the points moved across it. A run is the step and its neighbours on either side whose detected sizes
    /// (<paramref name="sizes"/>, log scale) all go its way, at least two steps; the points moved is the Hodges-Lehmann
    /// shift from the points before its first step to the points after its last (at most a window each). A staircase of
    /// real steps moves the points as far as its steps add up to; a slow wander that the detector cuts into steps one
    /// way while its segments' drift goes the other (-2.9%, -3.7% and -4.3% on a series where it started) moves them
    /// hardly at all.
    /// </summary>
    private static IEnumerable<Excursion> Sawtooth(double[] data, int[] cuts, Dictionary<int, double> sizes, List<Excursion> excursions, DetectorOptions options)
    {
        for (var first = 0; first < cuts.Length;)
        {
            var sign = Math.Sign(sizes[cuts[first]]);
            var last = first;
            while (last + 1 < cuts.Length && Math.Sign(sizes[cuts[last + 1]]) == sign)
            {
                last++;
            }

            var standing = cuts[first..(last + 1)].Where(cut => !excursions.Any(e => e.Steps.Contains(cut))).ToArray();
            if (last > first && standing.Length > 0)
            {
                var sum = Enumerable.Range(first, last - first + 1).Sum(k => sizes[cuts[k]]);
                var moved = RankStatistics.HodgesLehmannShift(Before(data, cuts, first, options.Window), After(data, cuts, last, options.Window));
                if (sign * moved < SawtoothShare * Math.Abs(sum))
                {
                    foreach (var cut in standing)
                    {
                        yield return new Excursion(cut, cut, Math.Exp(sum) - 1, Math.Exp(moved) - 1, [cut]) { Shape = StepShape.Sawtooth };
                    }
                }
            }

            first = last + 1;
        }
    }

    /// <summary>A run of steps is a sawtooth when its points moved less than this share of what its steps add up to.</summary>
    public const double SawtoothShare = 0.5;

    /// <summary>Residuals beyond this many times the noise count as outliers in <see cref="CurveFitsAsWell"/>.</summary>
    private const double OutlierLimit = 3;

    /// <summary>The degree of the smooth curve a wander's bend is fitted with.</summary>
    private const int CurveDegree = 3;

    /// <summary>
    /// The size of the series' wander: <see cref="WanderMargin"/> times the largest peak, in either direction, of the
    /// <paramref name="excursions"/> no larger than <see cref="WanderNoiseFactor"/> × <paramref name="noise"/>, and at most
    /// that (log scale); null when there are none.
    /// </summary>
    public static double? WanderRange(IReadOnlyList<Excursion> excursions, double noise)
    {
        var peaks = excursions.Where(e => e.CameBack).Select(e => Math.Abs(Math.Log(1 + e.Peak))).Where(p => p <= WanderNoiseFactor * noise).ToArray();
        return peaks.Length == 0 ? null : Math.Min(WanderMargin * peaks.Max(), WanderNoiseFactor * noise);
    }

    /// <summary>
    /// How much further than the largest excursion it came back from a series' wander reaches. That peak is one swing of
    /// the wander, measured by medians of the points between steps, so the next swing goes a little further by chance: on
    /// the staircase set's slow noise the steps left standing were mostly a swing the same way as the ones before and a
    /// little larger (evaluation tuning seeds 11-13: 1, 3, 3 of 50 series with a standing step at 1, against 1, 2, 1 at
    /// 1.25; at 1.5, 0, 1, 1, but one more of the kept set's true steps reads undone, 34 of 205 against 33).
    /// </summary>
    public const double WanderMargin = 1.25;

    /// <summary>The standing steps within the series' wander, each as a one-step excursion to the newest point.</summary>
    private static IEnumerable<Excursion> WithinWander(double[] data, int[] cuts, List<Excursion> excursions, double noise, DetectorOptions options)
    {
        if (WanderRange(excursions, noise) is not { } range)
        {
            yield break;
        }

        var newest = After(data, cuts, cuts.Length - 1, options.Window);
        for (var i = 0; i < cuts.Length; i++)
        {
            if (excursions.Any(e => e.Steps.Contains(cuts[i])))
            {
                continue;
            }

            var before = Before(data, cuts, i, options.Window);
            var step = RankStatistics.Median(After(data, cuts, i, options.Window)) - RankStatistics.Median(before);
            var now = RankStatistics.HodgesLehmannShift(before, newest);
            if (Math.Abs(step) <= range && Math.Abs(now) <= range)
            {
                yield return new Excursion(cuts[i], data.Length - 1, Math.Exp(step) - 1, Math.Exp(now) - 1, [cuts[i]]) { Wander = Math.Exp(range) - 1 };
            }
        }
    }

    /// <summary>The excursion that step <paramref name="index"/> belongs to, or null.</summary>
    public static Excursion? Containing(this IReadOnlyList<Excursion> excursions, int index) =>
        excursions.FirstOrDefault(e => e.From <= index && index <= e.To && e.Steps.Contains(index));

    /// <summary>
    /// The excursion a creep ending at <paramref name="to"/> rose inside of, or null: its rise is the excursion's, and
    /// it came back with it (the creep search weighs the steps inside by their sum, which an excursion's steps cancel).
    /// A step within the series' wander excuses no creep: a creep rises at least 2.5 times the noise, beyond any wander.
    /// </summary>
    public static Excursion? Around(this IReadOnlyList<Excursion> excursions, int to) =>
        excursions.FirstOrDefault(e => e.CameBack && e.From <= to && to <= e.To);

    /// <summary>
    /// What undid <paramref name="creep"/>, or null while it stands: the excursion it rose inside of (<see cref="Around"/>),
    /// else, when its level was taken back (<see cref="Creep.BackAt"/>), an excursion from its best level to that point, its
    /// <see cref="Excursion.Peak"/> the creep's rise and <see cref="Excursion.Net"/> what is left of it there (<see cref="Creep.Left"/>).
    /// </summary>
    public static Excursion? Undoing(this IReadOnlyList<Excursion> excursions, Creep creep) =>
        excursions.Around(creep.To) ?? (creep.BackAt is { } back ? new Excursion(creep.From, back, creep.Change, creep.Left, []) : null);

    private static bool IsBack(double[] before, double[] after, double noise, DetectorOptions options)
    {
        var net = Math.Abs(RankStatistics.HodgesLehmannShift(before, after));
        if (net < Math.Log(1 + options.MinEffect))
        {
            return true;
        }

        return net <= noise && RankStatistics.MannWhitneyPValue(before, after) >= options.Alpha;
    }

    /// <summary>The segment before cut <paramref name="i"/>: back to the cut before it, at most <paramref name="window"/> points.</summary>
    private static double[] Before(double[] data, int[] cuts, int i, int window)
    {
        var start = Math.Max(i == 0 ? 0 : cuts[i - 1], cuts[i] - window);
        return data[start..cuts[i]];
    }

    /// <summary>The segment after cut <paramref name="j"/>: up to the next cut, at most <paramref name="window"/> points.</summary>
    private static double[] After(double[] data, int[] cuts, int j, int window)
    {
        var end = Math.Min(j + 1 < cuts.Length ? cuts[j + 1] : data.Length, cuts[j] + window);
        return data[cuts[j]..end];
    }
}
