using System.Text.Json.Nodes;
using StaticBench.Analysis.Comparisons;
using StaticBench.Analysis.Statistics;
using StaticBench.Schema.Model;

namespace StaticBench.Evaluation;

/// <summary>
/// Compare on the real runs of real-runs.json: how many of the A/A pairs are flagged (any verdict
/// other than no change... i.e. a regression or an improvement), how often the 5% slowdown is found
/// (verdict "slower"), and exact instruction counts: every 1% change found, no A/A pair differing.
/// Also the minimum detectable effect each comparison states.
/// </summary>
public static class CompareEvaluation
{
    public static void Run(string folder, TextWriter output, string file = "real-runs.json")
    {
        var root = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, file)))!;
        output.WriteLine($"machine: {root["machine"]}; measured {root["date"]}; {root["program"]}");
        var options = new ComparisonOptions();
        var key = new SeriesKey("m", "work", "", "", "run", "wall-time");

        var aa = Compare(root["aa"]!.AsArray(), key, "ns", options);
        var flagged = aa.Count(c => c.Verdict is Verdict.Regression or Verdict.Improvement);
        var aaCv = Cvs(root["aa"]!.AsArray());
        output.WriteLine($"A/A: {flagged}/{aa.Count} flagged ({aa.Count(c => c.Verdict == Verdict.TooNoisy)} too noisy); sample CV median {aaCv.Median:0.0%} (p90 {aaCv.P90:0.0%}); stated MDE median {Median(aa.Select(c => c.MinimumDetectable)):0.0%}; p < 0.05 in {aa.Count(c => c.PValue < 0.05)}");

        var slow = Compare(root["slowdown5"]!.AsArray(), key, "ns", options);
        var found = slow.Count(c => c.Verdict == Verdict.Regression);
        output.WriteLine($"5% slowdown: found in {found}/{slow.Count} trials (wrongly 'faster': {slow.Count(c => c.Verdict == Verdict.Improvement)}, too noisy: {slow.Count(c => c.Verdict == Verdict.TooNoisy)}); estimated change median {Median(slow.Select(c => c.Change)):+0.0%}; interval covers +5% in {slow.Count(c => c.ChangeLow <= 0.05 && c.ChangeHigh >= 0.05)}; stated MDE median {Median(slow.Select(c => c.MinimumDetectable)):0.0%}");

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

    private static List<Comparison> Compare(JsonArray pairs, SeriesKey key, string unit, ComparisonOptions options) =>
        pairs.Select(p => SampleComparer.Compare(
            "work", key, unit, Better.Lower,
            p!["base"]!.AsArray().Select(v => v!.GetValue<double>()).ToArray(),
            p["head"]!.AsArray().Select(v => v!.GetValue<double>()).ToArray(),
            options)).ToList();

    private static (double Median, double P90) Cvs(JsonArray pairs)
    {
        var cvs = pairs.SelectMany(p => new[] { p!["base"]!, p["head"]! })
            .Select(a => a.AsArray().Select(v => v!.GetValue<double>()).ToArray())
            .Select(a => Math.Sqrt(a.Sum(v => (v - a.Average()) * (v - a.Average())) / (a.Length - 1)) / a.Average())
            .Order().ToArray();
        return (cvs[cvs.Length / 2], cvs[(int)(cvs.Length * 0.9)]);
    }

    private static double Median(IEnumerable<double> values) => RankStatistics.Median(values.Where(double.IsFinite).ToArray());
}
