using StaticBench.Analysis.Statistics;

namespace StaticBench.Analysis.ChangePoints;

/// <summary>
/// A confirmed step's confidence: 1 − p, where p is the chance that pure noise of the whole stretch between the
/// step's neighbours (not only the confirming test's windows) shows a split by rank as clear as this one anywhere
/// in it (<see cref="RankSplit.SearchedP"/>). The confirming test's own p is no measure of that: its windows are
/// centred where the search found the series clearest, so on 500 points of pure noise at 7% CV it confirmed a
/// −6% step at p below 1e-4 that rank tests on other windows around it put at 0.04-0.31. A clear step keeps a
/// confidence near 1 (its evidence grows with the stretch); a doubtful one reads as doubtful.
/// The stretch is first detrended by its own Theil-Sen slope (pairs across the step included), so a slow drift
/// does not count as evidence either; on a real step that slope is bent towards the step and takes off part of
/// it, which errs to the doubtful side.
/// </summary>
public static class StepConfidence
{
    /// <summary>Points of the stretch the drift slope is taken from (thinned beyond that, as <see cref="SeriesDrift"/> does).</summary>
    private const int SlopePoints = 500;

    /// <summary>The confidence of steps[k] (first points of new segments, in order) in <paramref name="data"/>.</summary>
    public static double Of(double[] data, IReadOnlyList<int> steps, int k)
    {
        var from = k == 0 ? 0 : steps[k - 1];
        var to = k == steps.Count - 1 ? data.Length : steps[k + 1];
        var stretch = data[from..to];
        var slope = Trend.TheilSenSlope([stretch], SlopePoints);
        for (var i = 0; i < stretch.Length; i++)
        {
            stretch[i] -= slope * i;
        }

        return 1 - RankSplit.SearchedP(stretch, 0, steps[k] - from, stretch.Length);
    }

    /// <summary>
    /// The steps with their confidences weighed on <paramref name="measured"/>, the series before any drift was
    /// taken off: the drift slope is fitted between the found steps, so taking it off sharpens them, a false one
    /// included (the −6% step above read p 5e-10 on the detrended series).
    /// </summary>
    public static IReadOnlyList<ChangePoint> On(double[] measured, IReadOnlyList<ConfirmedStep> steps)
    {
        var at = steps.Select(c => c.Index).ToArray();
        return [.. steps.Select((c, k) => new ChangePoint(c.Index, c.Change, Of(measured, at, k)))];
    }
}
