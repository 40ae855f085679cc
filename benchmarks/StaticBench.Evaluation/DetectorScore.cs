using StaticBench.Analysis.ChangePoints;

namespace StaticBench.Evaluation;

/// <summary>
/// One detector scored on one labelled set: matches within <see cref="DetectorEvaluation.Tolerance"/> points
/// (one-to-one, closest first), precision, recall, F1, the no-change series that alarmed, and recall by step
/// size over noise CV. The one scoring every evaluation verb uses.
/// </summary>
public sealed record DetectorScore(int Tp, int Fp, int Fn, int Alarmed, int NoChange, IReadOnlyDictionary<string, (int Found, int Total)> ByRatio)
{
    /// <summary>No-change series with a standing step: one outside every <see cref="Excursions"/> (what the regressions page lists as open).</summary>
    public int AlarmedStanding { get; init; }

    /// <summary>True steps found only inside an excursion (shown on the chart, not listed as open).</summary>
    public int FoundInExcursion { get; init; }

    public double StandingAlarmRate => NoChange == 0 ? 0 : (double)AlarmedStanding / NoChange;

    public double Precision => Tp + Fp == 0 ? 1 : (double)Tp / (Tp + Fp);

    public double Recall => Tp + Fn == 0 ? 1 : (double)Tp / (Tp + Fn);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public double AlarmRate => NoChange == 0 ? 0 : (double)Alarmed / NoChange;

    /// <param name="onSeries">Called with each series, what was found, and its true positives, false positives and misses (for diagnose).</param>
    public static DetectorScore Of(
        IReadOnlyList<LabelledSeries> set, IChangePointDetector detector, DetectorOptions options,
        Action<LabelledSeries, IReadOnlyList<ChangePoint>, (int Tp, int Fp, int Fn)>? onSeries = null)
    {
        int tp = 0, fp = 0, fn = 0, alarmed = 0, alarmedStanding = 0, inExcursion = 0;
        var byRatio = new SortedDictionary<string, (int Found, int Total)>(StringComparer.Ordinal);
        foreach (var s in set)
        {
            var found = detector.Detect(s.Values, options);
            var (t, f, missed, matched) = DetectorEvaluation.Match(s.Steps, found.Select(c => c.Index).ToArray());
            (tp, fp, fn) = (tp + t, fp + f, fn + missed);
            alarmed += !s.HasChange && found.Count > 0 ? 1 : 0;
            var excursions = Excursions.Find(s.Values, found, options);
            var standing = found.Where(c => excursions.Containing(c.Index) is null).Select(c => c.Index).ToArray();
            alarmedStanding += !s.HasChange && standing.Length > 0 ? 1 : 0;
            inExcursion += t - DetectorEvaluation.Match(s.Steps, standing).Tp;
            for (var k = 0; k < s.Steps.Length; k++)
            {
                var bucket = DetectorEvaluation.Bucket(Math.Abs(s.StepSizes[k]) / s.Cv);
                var (a, b) = byRatio.GetValueOrDefault(bucket);
                byRatio[bucket] = (a + (matched[k] ? 1 : 0), b + 1);
            }

            onSeries?.Invoke(s, found, (t, f, missed));
        }

        return new DetectorScore(tp, fp, fn, alarmed, set.Count(s => !s.HasChange), byRatio) { AlarmedStanding = alarmedStanding, FoundInExcursion = inExcursion };
    }
}
