using Perfolizer.Mathematics.Cpd;

namespace StaticBench.Analysis.ChangePoints;

/// <summary>
/// StaticBench's detector, on the log of the values when all are positive:
/// <list type="number">
/// <item>ED-PELT (Perfolizer; nonparametric, so outliers and two modes do not fool it) proposes
/// candidate steps; on series longer than <see cref="EdPeltMaxPoints"/>, <see cref="RankSegmentation"/>
/// does (ED-PELT is quadratic in the length);</item>
/// <item><see cref="StepSelection"/> confirms candidates with <see cref="StepTest"/> (Mann-Whitney,
/// Hodges-Lehmann, a step visible at the boundary), then offers the best <see cref="RankSplit"/> of each
/// stretch between the confirmed steps as one more candidate, at a stricter alpha, and selects again;</item>
/// <item>a drift across the series is measured between the confirmed steps
/// (<see cref="SeriesDrift"/>), taken off, and the candidates selected again, <see cref="DriftRounds"/>
/// times: each round's steps cut the drift more cleanly from the next. When the drift is clear, the
/// candidates are proposed again, on the detrended series.</item>
/// </list>
/// Deterministic: no randomness anywhere. The candidates are proposed once per series, twice on a clearly
/// drifting one: on series up to <see cref="EdPeltMaxPoints"/> ED-PELT is most of the cost.
/// </summary>
/// <param name="edPeltMaxPoints">The longest series ED-PELT proposes candidates for (<see cref="EdPeltMaxPoints"/>; other values are for the evaluation, which compares the two generators).</param>
public sealed class StaticBenchDetector(int edPeltMaxPoints = StaticBenchDetector.EdPeltMaxPoints) : IChangePointDetector
{
    /// <summary>Two rounds: the first slope is measured between steps found on the drifting series (a staircase, so it comes out too flat); the second, between the steps found once most of the drift is gone.</summary>
    public const int DriftRounds = 2;

    /// <summary>
    /// Above this Mann-Kendall |z| between the first round's steps, the series drifts clearly, and the
    /// candidates on the raw series are a staircase along the drift rather than the steps: they are proposed
    /// again on the detrended series (measured with ED-PELT's candidates on the evaluation's tuning seeds: 11
    /// more steps found in 2,388 for 3 more false ones; replacing them on every series found no more).
    /// </summary>
    private const double DriftCandidatesZ = 6;

    /// <summary>
    /// The longest series ED-PELT proposes candidates for: the longest of the evaluation's tuned sets (50-500 points,
    /// staircases of 300-600), where ED-PELT's candidates end a little better (F1 +0.004 to +0.013). Above it
    /// <see cref="RankSegmentation"/> finds the same steps for about a fiftieth of the detector's time (<c>-- generators</c>,
    /// 400 series of 500-2,000 points at seeds 20261204-05: 327 against 325 of 402 found, 36 against 37 false, 7
    /// against 10 of 200 no-change series alarmed): ED-PELT is quadratic, about 150 ms at 1,000 points and 0.7 s at
    /// 2,000 (docs/statistics.md).
    /// </summary>
    public const int EdPeltMaxPoints = 600;

    public string Name => "staticbench";

    public IReadOnlyList<ChangePoint> Detect(IReadOnlyList<double> values, DetectorOptions options)
    {
        if (values.Count < 2 * options.MinSegment || values.Any(v => !double.IsFinite(v)))
        {
            return [];
        }

        var logScale = values.All(v => v > 0);
        var data = logScale ? values.Select(v => Math.Log(v)).ToArray() : values.ToArray();
        var candidates = Candidates(data, options.MinSegment);
        var found = Select(new StepSelection(data, values, logScale, options), ref candidates);
        (int[] Cuts, StepSelection Selection)? last = null;
        for (var round = 0; round < DriftRounds; round++)
        {
            var cuts = found.Select(c => c.Index).ToArray();

            // The same cuts as the last round give the same slope and so the same detrended series: its selection,
            // and the tests it has run, are kept (a test depends only on the series and its bounds).
            if (last is not { } same || !same.Cuts.AsSpan().SequenceEqual(cuts))
            {
                var detrended = SeriesDrift.Remove(data, SeriesDrift.Slope(data, cuts));
                if (round == 0 && Math.Abs(SeriesDrift.TrendZ(data, cuts)) > DriftCandidatesZ)
                {
                    candidates = Candidates(detrended, options.MinSegment);
                }

                last = (cuts, new StepSelection(detrended, values, logScale, options));
            }

            var next = Select(last.Value.Selection, ref candidates);
            if (round > 0 && DropsStepBetweenOpposite(found, next, options.MinSegment))
            {
                break;
            }

            found = next;
        }

        // The only confidences computed: each round's selection is placed and tested, never weighed.
        return StepConfidence.On(data, found);
    }

    /// <summary>
    /// Whether <paramref name="later"/> left out a step of <paramref name="earlier"/> (kept none within a minimum segment
    /// of it) that went the other way from both steps <paramref name="later"/> keeps either side of it. A round's slope is
    /// measured between the steps the round before found; once a step down between two steps up is left out, the segment
    /// across it holds its fall, the slope measured there falls too, and taking it off weakens every step down further:
    /// each round then drops more of them (an alternating staircase of 7 steps of 3.4% at 3% noise: all 7 found on the
    /// series as measured, 6 after the first slope, Mann-Kendall z −1.1, and 4 after the second, z −2.8). Such a round
    /// is not taken. The first round is exempt: its slope is measured between the steps found on the series as
    /// measured, and there dropping a step between two the other way is what taking a drift off should do (a −7% step
    /// at 9% noise between two steps up, on the evaluation's kept set, is false).
    /// </summary>
    private static bool DropsStepBetweenOpposite(IReadOnlyList<ConfirmedStep> earlier, IReadOnlyList<ConfirmedStep> later, int minSegment) =>
        earlier.Any(step =>
            !later.Any(s => Math.Abs(s.Index - step.Index) < minSegment)
            && later.LastOrDefault(s => s.Index < step.Index) is { Index: > 0 } before
            && later.FirstOrDefault(s => s.Index > step.Index) is { Index: > 0 } after
            && Math.Sign(before.Change) == -Math.Sign(step.Change)
            && Math.Sign(after.Change) == -Math.Sign(step.Change));

    /// <summary>Selects among the candidates, then once more with the rank splits the confirmed steps left out, which stay candidates for the later rounds.</summary>
    private static IReadOnlyList<ConfirmedStep> Select(StepSelection selection, ref int[] candidates)
    {
        var found = selection.Confirm(candidates);
        var splits = selection.Splits(found).Except(candidates).ToArray();
        if (splits.Length == 0)
        {
            return found;
        }

        candidates = [.. candidates, .. splits];
        return selection.Confirm(candidates);
    }

    /// <summary>Candidates as first points of new segments (Perfolizer's ED-PELT returns the last point of the old one; a fresh one per call is safe from several threads).</summary>
    private int[] Candidates(double[] data, int minSegment) =>
        data.Length > edPeltMaxPoints
            ? RankSegmentation.Candidates(data, minSegment)
            : new EdPeltChangePointDetector().GetChangePointIndexes(data, minSegment).Select(i => i + 1).ToArray();
}
