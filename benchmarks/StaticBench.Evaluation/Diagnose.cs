using StaticBench.Analysis.ChangePoints;

namespace StaticBench.Evaluation;

/// <summary>Lists the staticbench detector's misses and false alarms per series (for tuning by hand).</summary>
public static class Diagnose
{
    public static void Run(IReadOnlyList<LabelledSeries> set, TextWriter output, DetectorOptions options)
    {
        var score = DetectorScore.Of(set, ChangePointDetectors.Default, options, (s, found, counts) =>
        {
            if (counts.Fp + counts.Fn > 0)
            {
                output.WriteLine($"{s.Name} n={s.Values.Length} cv={s.Cv:0.000} [{s.Features}] truth=[{string.Join(" ", s.Steps.Select((x, k) => $"{x}:{s.StepSizes[k]:+0.000;-0.000}"))}] found=[{string.Join(" ", found.Select(f => $"{f.Index}:{f.Change:+0.000;-0.000}@{f.Confidence:0.0000}"))}] tp={counts.Tp} fp={counts.Fp} fn={counts.Fn}");
            }
        });
        output.WriteLine($"TOTAL tp={score.Tp} fp={score.Fp} fn={score.Fn} precision={score.Precision:0.000} recall={score.Recall:0.000} F1={score.F1:0.000} alarmed={score.Alarmed}");
    }
}
