using StaticBench.Analysis.ChangePoints;

namespace StaticBench.Evaluation;

/// <summary>
/// The staticbench detector on labelled sets generated from seeds 1..count, which no setting was
/// tuned on: one line per set (F1 and false alarms), then the median and the worst. The kept set
/// (seed 20261121) is where the defaults were chosen; this says how far that choice carries.
/// </summary>
public static class HeldOutEvaluation
{
    public static void Run(int count, TextWriter output)
    {
        output.WriteLine("| seed | precision | recall | F1 | false alarms |");
        output.WriteLine("|--:|--:|--:|--:|--:|");
        var scores = new List<(double F1, double Alarms)>();
        for (var seed = 1; seed <= count; seed++)
        {
            var set = LabelledSet.Generate(seed);
            int tp = 0, fp = 0, fn = 0, alarmed = 0;
            foreach (var s in set)
            {
                var found = ChangePointDetectors.Default.Detect(s.Values, new DetectorOptions()).Select(c => c.Index).ToArray();
                var (t, f, missed, _) = DetectorEvaluation.Match(s.Steps, found);
                (tp, fp, fn) = (tp + t, fp + f, fn + missed);
                alarmed += !s.HasChange && found.Length > 0 ? 1 : 0;
            }

            double precision = (double)tp / Math.Max(1, tp + fp), recall = (double)tp / Math.Max(1, tp + fn);
            var f1 = 2 * precision * recall / Math.Max(1e-12, precision + recall);
            var alarms = (double)alarmed / set.Count(s => !s.HasChange);
            scores.Add((f1, alarms));
            output.WriteLine($"| {seed} | {precision:0.000} | {recall:0.000} | {f1:0.000} | {alarms:0.0%} |");
        }

        var f1s = scores.Select(x => x.F1).Order().ToArray();
        var alarmRates = scores.Select(x => x.Alarms).Order().ToArray();
        output.WriteLine();
        output.WriteLine($"median F1 {f1s[f1s.Length / 2]:0.000} (lowest {f1s[0]:0.000}); median false alarms {alarmRates[alarmRates.Length / 2]:0.0%} (highest {alarmRates[^1]:0.0%}); F1 >= 0.8 on {f1s.Count(f => f >= 0.8)} of {count}, false alarms <= 5% on {alarmRates.Count(a => a <= 0.05)} of {count}");
    }
}
