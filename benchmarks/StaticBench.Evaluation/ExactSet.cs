using StaticBench.Analysis.ChangePoints;
using StaticBench.Analysis.Statistics;

namespace StaticBench.Evaluation;

/// <summary>
/// The exact set, generated from a seed: instruction-count-like series of 20-300 points, 1-3 repeats a point that
/// differ by up to 20 counts of about 10^6-10^9 (callgrind's Ir between identical runs), half with 1-5 changes of
/// ±0.02%-±5% (log-uniform) at distinct points, half with none. Scored as the site finds an exact series' changes
/// (<see cref="ExactChanges"/>): a change counts only at its own point.
/// </summary>
public static class ExactSet
{
    public static void Run(int seed, int count, TextWriter output)
    {
        var random = new Random(seed);
        int tp = 0, fp = 0, fn = 0, alarmed = 0, none = 0, changes = 0;
        for (var s = 0; s < count; s++)
        {
            var n = random.Next(20, 301);
            var level = Math.Round(Math.Exp(Math.Log(1e6) + random.NextDouble() * Math.Log(1e3)));
            var steps = new SortedSet<int>();
            var wanted = s % 2 == 0 ? random.Next(1, 6) : 0;
            while (steps.Count < wanted)
            {
                steps.Add(random.Next(1, n));
            }

            var medians = new double[n];
            var spreads = new double[n];
            for (var i = 0; i < n; i++)
            {
                if (steps.Contains(i))
                {
                    level = Math.Round(level * (1 + (random.NextDouble() < 0.5 ? -1 : 1) * Math.Exp(Math.Log(2e-4) + random.NextDouble() * Math.Log(250))));
                }

                var repeats = Enumerable.Range(0, random.Next(1, 4)).Select(_ => level + random.Next(0, 21)).ToArray();
                Array.Sort(repeats);
                medians[i] = RankStatistics.Median(repeats);
                spreads[i] = ExactChanges.Spread(repeats[0], medians[i], repeats[^1]);
            }

            var found = ExactChanges.Find(medians, spreads).Select(c => c.Index).ToArray();
            var (t, f, missed, _) = DetectorEvaluation.Match([.. steps], found, tolerance: 0);
            (tp, fp, fn, changes) = (tp + t, fp + f, fn + missed, changes + steps.Count);
            none += steps.Count == 0 ? 1 : 0;
            alarmed += steps.Count == 0 && found.Length > 0 ? 1 : 0;
        }

        output.WriteLine($"exact set: seed {seed}, {count} series of 20-300 points, {changes} changes of 0.02%-5%");
        output.WriteLine();
        output.WriteLine("| changes found at their point | missed | invented | alarmed no-change series |");
        output.WriteLine("|--:|--:|--:|--:|");
        output.WriteLine($"| {tp}/{changes} | {fn} | {fp} | {alarmed}/{none} |");
    }
}
