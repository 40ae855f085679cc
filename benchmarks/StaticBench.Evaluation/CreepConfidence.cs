using StaticBench.Analysis.ChangePoints;
using StaticBench.Analysis.Statistics;

namespace StaticBench.Evaluation;

/// <summary>
/// What confidence the creep finder gives its findings: on pure log-normal noise (CV 5%, 4,000 points, seeds 1 to
/// count) and on pure noise with two modes (<see cref="TwoModes"/>), where every creep is false, on the staircase set's slow-noise series (no net change: false too) and on its
/// up-only staircases (real). Beside each, the 1 − p × n the finder used to give (p: Mann-Whitney between the 15
/// points of the finding's first level and the 15 of its last, n the series' length).
/// </summary>
public static class CreepConfidence
{
    private static readonly double[] Edges = [0.5, 0.9, 0.99, 0.9999, 1.0000001];

    public static void Run(int count, TextWriter output)
    {
        var options = new DetectorOptions();
        var pure = Enumerable.Range(1, count).AsParallel().AsOrdered()
            .Select(seed => NoiseConfidence.PureNoise(seed, 4000, 0.05))
            .Select(values => (Values: values, Creeps: Find(values, options)))
            .ToArray();
        Write($"pure noise, CV 5%, 4,000 points, seeds 1-{count} (all false)", pure, output);

        var twoModes = Enumerable.Range(1, count).AsParallel().AsOrdered()
            .Select(seed => TwoModes(seed, 4000))
            .Select(values => (Values: values, Creeps: Find(values, options)))
            .ToArray();
        Write($"pure noise with two modes (CV 3%, each point 15% higher with chance 0.3, independently), 4,000 points, seeds 1-{count} (all false)", twoModes, output);
        foreach (var (values, creeps, seed) in twoModes.Select((t, k) => (t.Values, t.Creeps, k + 1)).Where(t => t.Creeps.Count > 0))
        {
            output.WriteLine($"  seed {seed}: " + string.Join(", ", creeps.Select(c => $"{c.From}-{c.To} {c.Change:+0.0%} confidence {c.Confidence:0.####} (former {Former(values, c):0.####})")));
        }

        output.WriteLine();

        var staircases = StaircaseSet.Generate(20261203).AsParallel().AsOrdered()
            .Select(s => (Series: s, Values: s.Values, Creeps: Find(s.Values, options)))
            .ToArray();
        Write("staircase set, slow noise without net change (all false)", [.. staircases.Where(s => s.Series.Steps.Length == 0).Select(s => (s.Values, s.Creeps))], output);
        Write("staircase set, up-only staircases (real)", [.. staircases.Where(s => s.Series.UpOnly).Select(s => (s.Values, s.Creeps))], output);
    }

    /// <summary>Independent points: log-normal CV 3%, each 15% higher with chance 0.3 (a second mode, as on a machine that sometimes runs slow).</summary>
    public static double[] TwoModes(int seed, int count)
    {
        var random = new Random(seed);
        var sigma = Math.Sqrt(Math.Log(1 + 0.03 * 0.03));
        return [.. Enumerable.Range(0, count).Select(_ => 1000.0 * (random.NextDouble() < 0.3 ? 1.15 : 1) * Math.Exp(sigma * LabelledSet.Gaussian(random)))];
    }

    private static IReadOnlyList<Creep> Find(double[] values, DetectorOptions options) =>
        CreepFinder.Find(values, ChangePointDetectors.Default.Detect(values, options), options);

    /// <summary>The former confidence, 1 − p × n of the rank test between the finding's first and last level's points.</summary>
    private static double Former(double[] values, Creep creep)
    {
        var k = CreepFinder.LevelPoints;
        var logs = values.Select(v => Math.Log(v)).ToArray();
        var p = RankStatistics.MannWhitneyPValue(logs[(creep.From - k + 1)..(creep.From + 1)], logs[(creep.To - k + 1)..(creep.To + 1)]);
        return Math.Max(0, 1 - p * values.Length);
    }

    private static void Write(string title, IReadOnlyList<(double[] Values, IReadOnlyList<Creep> Creeps)> found, TextWriter output)
    {
        var now = found.SelectMany(f => f.Creeps.Select(c => c.Confidence)).ToArray();
        var former = found.SelectMany(f => f.Creeps.Select(c => Former(f.Values, c))).ToArray();
        output.WriteLine($"{title}: {found.Count(f => f.Creeps.Count > 0)} of {found.Count} series with a creep, {now.Length} creeps");
        output.WriteLine();
        output.WriteLine("| confidence | creeps (Pettitt over the stretch searched) | creeps (former: 1 − p × n of the two levels) |");
        output.WriteLine("|---|--:|--:|");
        for (var k = 0; k < Edges.Length; k++)
        {
            var low = k == 0 ? 0 : Edges[k - 1];
            var range = k == Edges.Length - 1 ? $"{low} and above" : $"{low} to {Edges[k]}";
            output.WriteLine($"| {range} | {now.Count(c => c >= low && c < Edges[k])} | {former.Count(c => c >= low && c < Edges[k])} |");
        }

        if (now.Length > 0)
        {
            output.WriteLine($"| median; highest | {now.Order().ElementAt(now.Length / 2):0.####}; {now.Max():0.######} | {former.Order().ElementAt(former.Length / 2):0.####}; {former.Max():0.######} |");
        }

        output.WriteLine();
    }
}
