using StaticBench.Analysis.ChangePoints;

namespace StaticBench.Evaluation;

/// <summary>Lists the staticbench detector's misses and false alarms per series (for tuning by hand).</summary>
public static class Diagnose
{
    public static void Run(IReadOnlyList<LabelledSeries> set, TextWriter output, DetectorOptions options)
    {
        int TP = 0, FP = 0, FN = 0, alarms = 0;
        foreach (var s in set)
        {
            var found = ChangePointDetectors.Default.Detect(s.Values, options);
            var (tp, fp, fn, _) = DetectorEvaluation.Match(s.Steps, found.Select(f => f.Index).ToArray());
            TP += tp; FP += fp; FN += fn; alarms += s.Steps.Length == 0 && found.Count > 0 ? 1 : 0;
            if (fp + fn > 0)
            {
                output.WriteLine($"{s.Name} n={s.Values.Length} cv={s.Cv:0.000} [{s.Features}] truth=[{string.Join(" ", s.Steps.Select((x, k) => $"{x}:{s.StepSizes[k]:+0.000;-0.000}"))}] found=[{string.Join(" ", found.Select(f => $"{f.Index}:{f.Change:+0.000;-0.000}@{f.Confidence:0.0000}"))}] tp={tp} fp={fp} fn={fn}");
            }
        }

        double p = (double)TP / (TP + FP), r = (double)TP / (TP + FN);
        output.WriteLine($"TOTAL tp={TP} fp={FP} fn={FN} precision={p:0.000} recall={r:0.000} F1={2 * p * r / (p + r):0.000} alarmed={alarms}");
    }
}
