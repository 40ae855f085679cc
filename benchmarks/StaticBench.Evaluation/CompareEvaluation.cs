using System.Text.Json.Nodes;
using StaticBench.Analysis.Comparisons;
using StaticBench.Analysis.Statistics;
using StaticBench.Schema.Model;

namespace StaticBench.Evaluation;

/// <summary>
/// Compare on the real runs of real-runs.json (or another measured file), for wall time and, when the
/// file has it, CPU time: how many of the A/A pairs
/// are flagged (a regression or an improvement), how often the 5% slowdown is found (verdict
/// "slower"), and exact instruction counts: every 1% change found, no A/A pair differing. Also the
/// minimum detectable effect each comparison states, which samples the reported change was measured
/// on, and how many undisturbed samples the load left.
/// </summary>
public static class CompareEvaluation
{
    public static void Run(string folder, TextWriter output, string file = "real-runs.json")
    {
        var root = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, file)))!;
        output.WriteLine($"machine: {root["machine"]}; measured {root["date"]}; {root["program"]}");
        var options = new ComparisonOptions();
        var key = new SeriesKey("m", "work", "", "", "run", "wall-time");
        Report(output, root, key, options, Side.Wall);

        // Files measured before work.c printed CPU time have no cpu fields: they report wall time only.
        if (root["aa"]![0]![Side.Cpu.Base] is not null)
        {
            output.WriteLine();
            Report(output, root, key with { Metric = "cpu-time" }, options, Side.Cpu);
        }

        output.WriteLine();
        var irKey = key with { Metric = "instructions" };
        foreach (var pair in root["instructions"]!.AsArray())
        {
            var percent = pair!["percent"]!.GetValue<int>();
            var b = pair["base"]!.AsArray().Select(v => v!.GetValue<double>()).ToArray();
            var h = pair["head"]!.AsArray().Select(v => v!.GetValue<double>()).ToArray();
            var c = SampleComparer.Compare("work", irKey, "count", Better.Lower, b, h, options);
            output.WriteLine($"instructions +{percent}%: {c.Method} {c.VerdictText} {c.Change:+0.000%;-0.000%;0%} (base {b[0]:0} head {h[0]:0}, repeat spread base {b.Max() - b.Min():0} head {h.Max() - h.Min():0})");
        }
    }

    /// <summary>The field names of one metric's samples in a pair.</summary>
    private sealed record Side(string Name, string Base, string Head)
    {
        public static readonly Side Wall = new("wall time", "base", "head");
        public static readonly Side Cpu = new("cpu-time", "baseCpu", "headCpu");
    }

    private static void Report(TextWriter output, JsonNode root, SeriesKey key, ComparisonOptions options, Side side)
    {
        var aaPairs = root["aa"]!.AsArray();
        var slowPairs = root["slowdown5"]!.AsArray();
        output.WriteLine($"-- {side.Name}");
        var aa = Compare(aaPairs, key, "ns", options, side);
        var flagged = aa.Count(c => c.Verdict is Verdict.Regression or Verdict.Improvement);
        var aaCv = Cvs(aaPairs, side);
        output.WriteLine($"A/A: {flagged}/{aa.Count} flagged ({aa.Count(c => c.Verdict == Verdict.TooNoisy)} too noisy); sample CV median {aaCv.Median:0.0%} (p90 {aaCv.P90:0.0%}); sample median {Median(aaPairs.SelectMany(p => Values(p![side.Base]!))):0}; stated MDE median {Median(aa.Select(c => c.MinimumDetectable)):0.0%}; p < 0.05 in {aa.Count(c => c.PValue < 0.05)}");

        var slow = Compare(slowPairs, key, "ns", options, side);
        var found = slow.Count(c => c.Verdict == Verdict.Regression);
        var ratios = slowPairs.Select(p => Median(Values(p![side.Head]!)) / Median(Values(p[side.Base]!)));
        output.WriteLine($"5% slowdown: found in {found}/{slow.Count} trials (wrongly 'faster': {slow.Count(c => c.Verdict == Verdict.Improvement)}, too noisy: {slow.Count(c => c.Verdict == Verdict.TooNoisy)}); estimated change median {Median(slow.Select(c => c.Change)):+0.0%}; head/base sample-median ratio, median over trials {Median(ratios):0.000}; interval covers +5% in {slow.Count(c => c.ChangeLow <= 0.05 && c.ChangeHigh >= 0.05)}; stated MDE median {Median(slow.Select(c => c.MinimumDetectable)):0.0%}");

        output.WriteLine($"reported change measured on the best part: A/A {aa.Count(c => c.Basis == ChangeBasis.BestPart)}, slowdown {slow.Count(c => c.Basis == ChangeBasis.BestPart)} (found on it: {slow.Count(c => c.Verdict == Verdict.Regression && c.Basis == ChangeBasis.BestPart)})");
        Undisturbed(output, "A/A", aaPairs, key, options, side);
        Undisturbed(output, "5% slowdown", slowPairs, key, options, side);
    }

    /// <summary>
    /// How much the load left to work with: samples below 1.15 × the pair's fastest count as
    /// undisturbed (the 5% slower head's undisturbed samples included). A diagnostic, not a method: it
    /// knows the workload has one undisturbed mode. The "ceiling" line compares those samples alone
    /// with the old all-samples method, about the best any method could do without knowing them.
    /// </summary>
    private static void Undisturbed(TextWriter output, string name, JsonArray pairs, SeriesKey key, ComparisonOptions options, Side side)
    {
        var sides = pairs.Select(p => (B: Values(p![side.Base]!), H: Values(p[side.Head]!))).Select(p =>
        {
            var cut = 1.15 * Math.Min(p.B.Min(), p.H.Min());
            return (B: p.B.Where(v => v < cut).ToArray(), H: p.H.Where(v => v < cut).ToArray());
        }).ToList();
        var few = sides.Count(s => Math.Min(s.B.Length, s.H.Length) < 3);
        var ceiling = sides.Where(s => s.B.Length >= 2 && s.H.Length >= 2)
            .Select(s => SampleComparer.Compare("work", key, "ns", Better.Lower, s.B, s.H, options with { BestPartFraction = 0 }))
            .ToList();
        output.WriteLine($"{name}: undisturbed samples per side median {Median(sides.SelectMany(s => new double[] { s.B.Length, s.H.Length })):0}; pairs with a side under 3: {few}/{sides.Count}; ceiling (all-samples method on undisturbed samples only): {ceiling.Count(c => c.Verdict == Verdict.Regression)} slower, {ceiling.Count(c => c.Verdict == Verdict.Improvement)} faster");
    }

    private static double[] Values(JsonNode node) => node.AsArray().Select(v => v!.GetValue<double>()).ToArray();

    private static List<Comparison> Compare(JsonArray pairs, SeriesKey key, string unit, ComparisonOptions options, Side side) =>
        pairs.Select(p => SampleComparer.Compare("work", key, unit, Better.Lower, Values(p![side.Base]!), Values(p[side.Head]!), options)).ToList();

    private static (double Median, double P90) Cvs(JsonArray pairs, Side side)
    {
        var cvs = pairs.SelectMany(p => new[] { p![side.Base]!, p[side.Head]! })
            .Select(a => a.AsArray().Select(v => v!.GetValue<double>()).ToArray())
            .Select(a => Math.Sqrt(a.Sum(v => (v - a.Average()) * (v - a.Average())) / (a.Length - 1)) / a.Average())
            .Order().ToArray();
        return (cvs[cvs.Length / 2], cvs[(int)(cvs.Length * 0.9)]);
    }

    private static double Median(IEnumerable<double> values) => RankStatistics.Median(values.Where(double.IsFinite).ToArray());
}
