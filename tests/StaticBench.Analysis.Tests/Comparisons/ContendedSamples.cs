using StaticBench.Analysis.Tests.ChangePoints;

namespace StaticBench.Analysis.Tests.Comparisons;

/// <summary>
/// Timings from a busy machine, as in benchmarks/evaluation/real-runs-contended.json: undisturbed
/// samples near <c>level</c> (1.5% log-normal noise), and a <c>disturbed</c> share of them taken
/// while the process was descheduled, 2, 3 or 4 times as long.
/// </summary>
internal static class ContendedSamples
{
    public static double[] Times(int seed, int count, double level, double disturbed)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, count).Select(_ =>
        {
            var undisturbed = level * Math.Exp(0.015 * SeededSeries.Gaussian(random));
            return random.NextDouble() < disturbed ? undisturbed * (2 + random.Next(3)) * (1 + 0.1 * random.NextDouble()) : undisturbed;
        }).ToArray();
    }
}
