using System.Diagnostics;
using StaticBench.Analysis.ChangePoints;

namespace StaticBench.Evaluation;

/// <summary>
/// How the detector's cost grows with a series' length: median time of one Detect call on noise
/// (log-normal, CV 5%, no step) at 125 to 4,000 points; of its candidate generator alone on the same values
/// (the rest is the selection rounds); and of Perfolizer's ED-PELT, the generator it replaced (quadratic on a
/// series without steps, the worst case for its pruning).
/// </summary>
public static class DetectorTiming
{
    public static void Run(TextWriter output)
    {
        var random = new Random(20261121);
        output.WriteLine("| points | median per series | its candidates alone (RankSegmentation) | ED-PELT alone | creep (CreepFinder) | sample test of the newest points (SampleSteps, 10 samples a point) |");
        output.WriteLine("|--:|--:|--:|--:|--:|--:|");
        foreach (var n in new[] { 125, 500, 1000, 2000, 4000 })
        {
            var values = Enumerable.Range(0, n).Select(_ => 100 * Math.Exp(0.05 * LabelledSet.Gaussian(random))).ToArray();
            ChangePointDetectors.Default.Detect(values, new DetectorOptions());
            var repeats = n <= 1000 ? 9 : 3;
            var whole = Median(repeats, () => ChangePointDetectors.Default.Detect(values, new DetectorOptions()));
            var logs = values.Select(v => Math.Log(v)).ToArray();
            var candidates = Median(repeats, () => RankSegmentation.Candidates(logs, new DetectorOptions().MinSegment));
            var edPelt = Median(repeats, () => new Perfolizer.Mathematics.Cpd.EdPeltChangePointDetector().GetChangePointIndexes(logs, new DetectorOptions().MinSegment));
            var found = ChangePointDetectors.Default.Detect(values, new DetectorOptions());
            var creep = Median(repeats, () => CreepFinder.Find(values, found, new DetectorOptions()));
            var samples = values.Select(v => Enumerable.Range(0, 10).Select(_ => v * Math.Exp(0.05 * LabelledSet.Gaussian(random))).ToArray()).ToArray();
            var sampleSteps = Median(repeats, () => SampleSteps.Find(n, i => samples[i], found, new DetectorOptions()));
            output.WriteLine($"| {n:N0} | {whole:0.0} ms | {candidates:0.0} ms | {edPelt:0.0} ms | {creep:0.00} ms | {sampleSteps:0.00} ms |");
        }
    }

    /// <summary>
    /// What the step confidences (<see cref="StepConfidence"/>) add on a series with steps, where they cost
    /// something: 3,000 points at 3% noise with a ±5% step every 250 points, the whole detector against the
    /// confidences of the steps it found alone.
    /// </summary>
    public static void RunConfidence(TextWriter output)
    {
        var random = new Random(20261203);
        var values = Enumerable.Range(0, 3000).Select(i => 100 * (1 + 0.05 * ((i / 250) % 2)) * Math.Exp(0.03 * LabelledSet.Gaussian(random))).ToArray();
        var found = ChangePointDetectors.Default.Detect(values, new DetectorOptions());
        var logs = values.Select(v => Math.Log(v)).ToArray();
        var whole = Median(5, () => ChangePointDetectors.Default.Detect(values, new DetectorOptions()));
        var confidence = Median(5, () => StepConfidence.On(logs, Unweighed(found)));
        output.WriteLine($"3,000 points, {found.Count} steps found: detector {whole:0.0} ms, their confidences alone {confidence:0.00} ms");
    }

    /// <summary>
    /// The detector's time over the whole kept labelled set (300 series, 84 k points), one thread, one pass to warm
    /// up and then the median of <paramref name="repeats"/> passes, wall and CPU time (on a shared machine the CPU time
    /// moves less with other people's load), beside the share its step confidences alone take.
    /// </summary>
    public static void RunOnSet(IReadOnlyList<LabelledSeries> set, int repeats, TextWriter output)
    {
        var options = new DetectorOptions();
        var found = set.Select(s => ChangePointDetectors.Default.Detect(s.Values, options)).ToArray();
        var logs = set.Select(s => s.Values.All(v => v > 0) ? s.Values.Select(v => Math.Log(v)).ToArray() : s.Values).ToArray();
        var cpu = new List<double>();
        var whole = Median(repeats, () =>
        {
            var started = Process.GetCurrentProcess().TotalProcessorTime;
            foreach (var s in set)
            {
                ChangePointDetectors.Default.Detect(s.Values, options);
            }

            cpu.Add((Process.GetCurrentProcess().TotalProcessorTime - started).TotalMilliseconds);
        });
        var confidence = Median(repeats, () =>
        {
            for (var k = 0; k < set.Count; k++)
            {
                StepConfidence.On(logs[k], Unweighed(found[k]));
            }
        });
        output.WriteLine($"kept set, {set.Count} series, {set.Sum(s => s.Values.Length):N0} points, {found.Sum(f => f.Count)} steps found: detector {whole:0} ms a pass (median of {repeats}; CPU time {cpu.Order().ElementAt(cpu.Count / 2):0} ms, the process's, all threads), the final step confidences alone {confidence:0.0} ms");
    }

    private static ConfirmedStep[] Unweighed(IReadOnlyList<ChangePoint> found) => [.. found.Select(c => new ConfirmedStep(c.Index, c.Change))];

    private static double Median(int repeats, Action action)
    {
        var times = Enumerable.Range(0, repeats).Select(_ =>
        {
            var watch = Stopwatch.StartNew();
            action();
            return watch.Elapsed.TotalMilliseconds;
        }).Order().ToArray();
        return times[times.Length / 2];
    }
}
