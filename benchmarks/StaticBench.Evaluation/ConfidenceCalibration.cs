using StaticBench.Analysis.ChangePoints;

namespace StaticBench.Evaluation;

/// <summary>
/// How often a reported change is real at each confidence: detections bucketed by 1 − confidence, each
/// counted real when a true step is within <see cref="DetectorEvaluation.Tolerance"/> points. Confidence is a
/// bound for pure noise (docs/statistics.md), so this shows what it is worth on noise that is not pure.
/// </summary>
public sealed class ConfidenceCalibration
{
    private static readonly double[] Edges = [1e-6, 1e-4, 1e-2, 1];
    private readonly int[] real = new int[Edges.Length];
    private readonly int[] all = new int[Edges.Length];

    public void Add(LabelledSeries series, IReadOnlyList<ChangePoint> found)
    {
        foreach (var change in found)
        {
            var bucket = Array.FindIndex(Edges, edge => 1 - change.Confidence < edge);
            bucket = bucket < 0 ? Edges.Length - 1 : bucket;
            all[bucket]++;
            real[bucket] += series.Steps.Any(step => Math.Abs(step - change.Index) <= DetectorEvaluation.Tolerance) ? 1 : 0;
        }
    }

    public void Add(ConfidenceCalibration other)
    {
        for (var k = 0; k < Edges.Length; k++)
        {
            (real[k], all[k]) = (real[k] + other.real[k], all[k] + other.all[k]);
        }
    }

    public void Write(TextWriter output)
    {
        output.WriteLine("| confidence | changes reported | real (a true step within 5 points) |");
        output.WriteLine("|---|--:|--:|");
        for (var k = 0; k < Edges.Length; k++)
        {
            var range = k == 0 ? $"above {1 - Edges[0]:0.######}" : $"{1 - Edges[k]:0.######} to {1 - Edges[k - 1]:0.######}";
            output.WriteLine($"| {range} | {all[k]} | {(all[k] == 0 ? "-" : $"{(double)real[k] / all[k]:0.0%}")} |");
        }
    }
}
