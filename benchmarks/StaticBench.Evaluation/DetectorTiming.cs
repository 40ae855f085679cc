using System.Diagnostics;
using StaticBench.Analysis.ChangePoints;

namespace StaticBench.Evaluation;

/// <summary>
/// How the detector's cost grows with a series' length: median time of one Detect call on noise
/// (log-normal, CV 5%, no step: the worst case for ED-PELT's pruning) at 125 to 4,000 points.
/// </summary>
public static class DetectorTiming
{
    public static void Run(TextWriter output)
    {
        var random = new Random(20261121);
        output.WriteLine("| points | median per series |");
        output.WriteLine("|--:|--:|");
        foreach (var n in new[] { 125, 500, 1000, 2000, 4000 })
        {
            var values = Enumerable.Range(0, n).Select(_ => 100 * Math.Exp(0.05 * LabelledSet.Gaussian(random))).ToArray();
            ChangePointDetectors.Default.Detect(values, new DetectorOptions());
            var times = Enumerable.Range(0, n <= 1000 ? 9 : 3).Select(_ =>
            {
                var watch = Stopwatch.StartNew();
                ChangePointDetectors.Default.Detect(values, new DetectorOptions());
                return watch.Elapsed.TotalMilliseconds;
            }).Order().ToArray();
            output.WriteLine($"| {n:N0} | {times[times.Length / 2]:0.0} ms |");
        }
    }
}
