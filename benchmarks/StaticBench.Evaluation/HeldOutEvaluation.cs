using StaticBench.Analysis.ChangePoints;

namespace StaticBench.Evaluation;

/// <summary>
/// The staticbench detector on labelled sets generated from seeds 1..count, which no setting was
/// tuned on: one line per set (F1 and false alarms), then the median and the worst. The kept set
/// (seed 20261121) is where the defaults were chosen; this says how far that choice carries. Beside each, the
/// F1 of <see cref="DetectabilityBound.Oracle"/> on the same set: how much of the gap to a target is the set's.
/// </summary>
public static class HeldOutEvaluation
{
    public static void Run(int count, TextWriter output)
    {
        output.WriteLine("| seed | precision | recall | F1 | false alarms | oracle F1 |");
        output.WriteLine("|--:|--:|--:|--:|--:|--:|");
        var scores = new List<(double F1, double Alarms, double Oracle)>();
        for (var seed = 1; seed <= count; seed++)
        {
            var set = LabelledSet.Generate(seed);
            var score = DetectorScore.Of(set, ChangePointDetectors.Default, new DetectorOptions());
            var oracle = DetectabilityBound.Oracle(set, new DetectorOptions()).F1;
            var (precision, recall, f1, alarms) = (score.Precision, score.Recall, score.F1, score.AlarmRate);
            scores.Add((f1, alarms, oracle));
            output.WriteLine($"| {seed} | {precision:0.000} | {recall:0.000} | {f1:0.000} | {alarms:0.0%} | {oracle:0.000} |");
        }

        var f1s = scores.Select(x => x.F1).Order().ToArray();
        var alarmRates = scores.Select(x => x.Alarms).Order().ToArray();
        output.WriteLine();
        output.WriteLine($"median F1 {f1s[f1s.Length / 2]:0.000} (mean {f1s.Average():0.000}, lowest {f1s[0]:0.000}); median false alarms {alarmRates[alarmRates.Length / 2]:0.0%} (highest {alarmRates[^1]:0.0%}); F1 >= 0.8 on {f1s.Count(f => f >= 0.8)} of {count}, false alarms <= 5% on {alarmRates.Count(a => a <= 0.05)} of {count}");
        output.WriteLine($"oracle: mean F1 {scores.Average(x => x.Oracle):0.000}, F1 >= 0.8 on {scores.Count(x => x.Oracle >= 0.8)} of {count}; the detector at or above the oracle on {scores.Count(x => x.F1 >= x.Oracle)} of {count}");
    }
}
