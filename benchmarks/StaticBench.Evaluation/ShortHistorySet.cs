using StaticBench.Analysis.ChangePoints;

namespace StaticBench.Evaluation;

/// <summary>A short history: each point's raw samples, and where its one step is (none: -1).</summary>
public sealed record ShortHistory(string Name, double[][] Samples, int Step, double StepSize, double Cv, double RunCv);

/// <summary>
/// The short-history set, generated from a seed: 5-16 points of 10 log-normal samples each, sample CV 1%-10%
/// (log-uniform); every run shifted by its own offset (log-normal, sd 0-0.5 × the CV, uniform per series), because
/// real runs differ by more than their samples say; half the series with one step of ±10%-±100% (log-uniform,
/// random sign) at any point from the second on, half with none. Scored as the site finds changes: the detector over
/// the medians plus <see cref="SampleSteps"/>, a found step counting within one point of the true one.
/// </summary>
public static class ShortHistorySet
{
    public const int SamplesPerPoint = 10;

    public static IReadOnlyList<ShortHistory> Generate(int seed, int count = 400)
    {
        var random = new Random(seed);
        var result = new List<ShortHistory>(count);
        for (var s = 0; s < count; s++)
        {
            var n = random.Next(5, 17);
            var cv = Math.Exp(Math.Log(0.01) + random.NextDouble() * Math.Log(10));
            var runCv = cv * 0.5 * random.NextDouble();
            var withStep = s % 2 == 0;
            var step = withStep ? random.Next(1, n) : -1;
            var size = withStep ? (random.NextDouble() < 0.5 ? -1 : 1) * Math.Exp(Math.Log(0.1) + random.NextDouble() * Math.Log(10)) : 0;
            var sigma = Math.Sqrt(Math.Log(1 + cv * cv));
            var level = 100.0 * Math.Exp(random.NextDouble() * 3);
            var samples = new double[n][];
            for (var i = 0; i < n; i++)
            {
                level *= i == step ? 1 + size : 1;
                var run = Math.Exp(runCv * LabelledSet.Gaussian(random));
                samples[i] = new double[SamplesPerPoint];
                for (var k = 0; k < SamplesPerPoint; k++)
                {
                    samples[i][k] = level * run * Math.Exp(sigma * LabelledSet.Gaussian(random) - sigma * sigma / 2);
                }
            }

            result.Add(new ShortHistory($"{(withStep ? "step" : "none")}-{s:000}", samples, step, size, cv, runCv));
        }

        return result;
    }

    public static void Run(int seed, int count, TextWriter output)
    {
        var set = Generate(seed, count);
        var options = new DetectorOptions();
        int tp = 0, fp = 0, steps = 0, alarmed = 0, big = 0, bigFound = 0;
        var byRatio = new SortedDictionary<string, (int Found, int Total)>(StringComparer.Ordinal);
        foreach (var s in set)
        {
            var medians = s.Samples.Select(p => StaticBench.Analysis.Statistics.RankStatistics.Median(p)).ToArray();
            var detected = ChangePointDetectors.Default.Detect(medians, options);
            var found = SampleSteps.With(detected, medians.Length, i => s.Samples[i], options);
            var truth = s.Step >= 0 ? new[] { s.Step } : [];
            var (t, f, _, matched) = DetectorEvaluation.Match(truth, found.Select(c => c.Index).ToArray(), tolerance: 1);
            (tp, fp, steps) = (tp + t, fp + f, steps + truth.Length);
            alarmed += s.Step < 0 && found.Count > 0 ? 1 : 0;
            if (s.Step >= 0)
            {
                var ratio = Math.Abs(s.StepSize) / s.Cv;
                var bucket = DetectorEvaluation.Bucket(ratio);
                var (a, b) = byRatio.GetValueOrDefault(bucket);
                byRatio[bucket] = (a + (matched[0] ? 1 : 0), b + 1);
                if (ratio >= 3)
                {
                    (big, bigFound) = (big + 1, bigFound + (matched[0] ? 1 : 0));
                }
            }
        }

        var none = set.Count(s => s.Step < 0);
        var precision = tp + fp == 0 ? 1 : (double)tp / (tp + fp);
        var recall = steps == 0 ? 1 : (double)tp / steps;
        output.WriteLine($"short-history set: seed {seed}, {set.Count} series of 5-16 points x {SamplesPerPoint} samples ({steps} with a step, {none} without)");
        output.WriteLine();
        output.WriteLine("| steps found | false | precision | recall | F1 | recall, steps >= 3x CV | false alarms (no-change series) |");
        output.WriteLine("|--:|--:|--:|--:|--:|--:|--:|");
        output.WriteLine($"| {tp}/{steps} | {fp} | {precision:0.000} | {recall:0.000} | {2 * precision * recall / (precision + recall):0.000} | {bigFound}/{big} = {100.0 * bigFound / big:0.0}% | {alarmed}/{none} = {100.0 * alarmed / none:0.0}% |");
        output.WriteLine();
        output.WriteLine("| step / CV | found |");
        output.WriteLine("|---|--:|");
        foreach (var (bucket, (a, b)) in byRatio)
        {
            output.WriteLine($"| {bucket} | {a}/{b} = {100.0 * a / b:0}% |");
        }
    }
}
