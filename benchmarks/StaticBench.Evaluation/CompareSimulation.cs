using StaticBench.Analysis.Comparisons;
using StaticBench.Analysis.Statistics;
using StaticBench.Schema.Model;

namespace StaticBench.Evaluation;

/// <summary>
/// Compare on simulated samples, where the truth is known and machines other than this one can be
/// imitated: log-normal noise with and without contention (a share of samples 2-4x as long, the same
/// share expected on both sides, as with interleaved runs). For each scenario, 1,000 A/A pairs and
/// 1,000 pairs with head 5% slower, 30 samples per side, compared three ways: all samples only (compare
/// before the best-part test), the lower-tail test alone at the full α, and compare as it is.
/// </summary>
public static class CompareSimulation
{
    public static void Run(TextWriter output, int trials = 1000, int seed = 20261121)
    {
        var key = new SeriesKey("m", "work", "", "", "run", "wall-time");
        var methods = new (string Name, Func<double[], double[], bool?> Flags)[]
        {
            ("all samples only", (b, h) => Slower(SampleComparer.Compare("w", key, "ns", Better.Lower, b, h, new ComparisonOptions { BestPartFraction = 0 }))),
            ("lower tail only", LowerTailAlone),
            ("compare (both)", (b, h) => Slower(SampleComparer.Compare("w", key, "ns", Better.Lower, b, h))),
        };
        foreach (var (name, cv, contention) in new[] { ("2% noise", 0.02, 0.0), ("5% noise", 0.05, 0.0), ("10% noise", 0.10, 0.0), ("2% noise, 0-50% disturbed", 0.02, 0.5), ("2% noise, 0-90% disturbed", 0.02, 0.9) })
        {
            var random = new Random(seed);
            double[] Side(double level, double disturbed) => Enumerable.Range(0, 30).Select(_ =>
                level * Math.Exp(cv * LabelledSet.Gaussian(random)) * (random.NextDouble() < disturbed ? 1 + random.Next(1, 4) * (1 + 0.1 * random.NextDouble()) : 1)).ToArray();
            var pairs = Enumerable.Range(0, trials).Select(_ =>
            {
                var (d1, d2) = (random.NextDouble() * contention, random.NextDouble() * contention);
                return (Aa: (Side(1e7, d1), Side(1e7, d1)), Slow: (Side(1e7, d2), Side(1.05e7, d2)));
            }).ToList();
            output.WriteLine($"{name}:");
            foreach (var (method, flags) in methods)
            {
                var aa = pairs.Count(p => flags(p.Aa.Item1, p.Aa.Item2) is not null);
                var found = pairs.Count(p => flags(p.Slow.Item1, p.Slow.Item2) == true);
                output.WriteLine($"  {method,-17} A/A flagged {100.0 * aa / trials,4:0.0}%, 5% slowdown found {100.0 * found / trials,5:0.0}%");
            }
        }
    }

    /// <summary>True for "slower", false for "faster", null for neither.</summary>
    private static bool? Slower(Comparison c) => c.Verdict switch { Verdict.Regression => true, Verdict.Improvement => false, _ => null };

    private static bool? LowerTailAlone(double[] b, double[] h)
    {
        var t = LowerTailRankTest.Analyse([.. b.Select(v => Math.Log(v))], [.. h.Select(v => Math.Log(v))], 0.15, 0.95);
        var flagged = t.PValue < 0.01 && Math.Abs(Math.Exp(t.Shift) - 1) >= 0.01 && (t.Low > 0 || t.High < 0);
        return flagged ? t.Shift > 0 : null;
    }
}
