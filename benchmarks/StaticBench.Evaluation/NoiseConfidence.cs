using StaticBench.Analysis.ChangePoints;

namespace StaticBench.Evaluation;

/// <summary>
/// What confidence the detector gives the changes it reports where there are none: on the no-change series of
/// the tuning sets (drift, outliers, bimodal and changing noise included) and on pure log-normal noise
/// (CV 7%, 500 points, one seed per series as <c>SeededSeries.Steps(seed, 500, 0.07)</c> in the unit tests builds
/// it). Every such change is false, so a confidence that is honest for pure noise seldom comes near 1 here.
/// </summary>
public static class NoiseConfidence
{
    private static readonly double[] Edges = [0.5, 0.9, 0.99, 0.9999, 1.0000001];

    public static void Run(int first, int last, int pureCount, TextWriter output)
    {
        var detector = ChangePointDetectors.Default;
        var options = new DetectorOptions();
        var noChange = Enumerable.Range(first, last - first + 1).AsParallel()
            .SelectMany(seed => LabelledSet.Generate(seed).Where(s => !s.HasChange))
            .Select(s => detector.Detect(s.Values, options))
            .ToArray();
        Write($"no-change series of seeds {first}-{last}", noChange, output);

        var pure = Enumerable.Range(1, pureCount).AsParallel().AsOrdered()
            .Select(seed => (Seed: seed, Found: detector.Detect(PureNoise(seed, 500, 0.07), options)))
            .ToArray();
        Write($"pure noise, CV 7%, 500 points, seeds 1-{pureCount}", [.. pure.Select(p => p.Found)], output);
        foreach (var (seed, found) in pure.Where(p => p.Found.Count > 0))
        {
            output.WriteLine($"  seed {seed}: " + string.Join(", ", found.Select(c => $"at {c.Index} {c.Change:+0.0%;-0.0%} confidence {c.Confidence:0.######}")));
        }
    }

    /// <summary>Log-normal noise around 1000, drawn as the unit tests' <c>SeededSeries.Steps</c> draws it.</summary>
    public static double[] PureNoise(int seed, int count, double cv)
    {
        var random = new Random(seed);
        var sigma = Math.Sqrt(Math.Log(1 + cv * cv));
        return [.. Enumerable.Range(0, count).Select(_ => 1000.0 * Math.Exp(sigma * LabelledSet.Gaussian(random)))];
    }

    private static void Write(string title, IReadOnlyList<IReadOnlyList<ChangePoint>> found, TextWriter output)
    {
        var changes = found.SelectMany(f => f).ToArray();
        output.WriteLine($"{title}: {found.Count(f => f.Count > 0)} of {found.Count} series alarmed, {changes.Length} changes");
        output.WriteLine("| confidence | changes |");
        output.WriteLine("|---|--:|");
        for (var k = 0; k < Edges.Length; k++)
        {
            var low = k == 0 ? 0 : Edges[k - 1];
            var range = k == Edges.Length - 1 ? $"above {low}" : $"{low} to {Edges[k]}";
            output.WriteLine($"| {range} | {changes.Count(c => c.Confidence >= low && c.Confidence < Edges[k])} |");
        }

        if (changes.Length > 0)
        {
            var sorted = changes.Select(c => c.Confidence).Order().ToArray();
            output.WriteLine($"median {sorted[sorted.Length / 2]:0.######}, highest {sorted[^1]:0.######}");
        }

        output.WriteLine();
    }
}
