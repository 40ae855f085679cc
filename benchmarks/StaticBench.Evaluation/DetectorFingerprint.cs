using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using StaticBench.Analysis.ChangePoints;
using StaticBench.Analysis.Statistics;

namespace StaticBench.Evaluation;

/// <summary>
/// Everything the detector, the sample test and the creep finder report on the evaluation sets (the kept labelled set,
/// the tuning seeds 11-18, the staircase and short-history sets at their default seeds), one line per series with every
/// number in round-trip form, and its SHA-256: two revisions whose fingerprints match report the same findings with
/// the same confidences, bit for bit. For changes meant to alter speed, not output.
/// </summary>
public static class DetectorFingerprint
{
    public static void Run(IReadOnlyList<LabelledSeries> kept, string? outPath, TextWriter output)
    {
        var options = new DetectorOptions();
        var lines = new List<string>();
        var series = kept.Select(s => ("kept/" + s.Name, s.Values))
            .Concat(Enumerable.Range(11, 8).SelectMany(seed => LabelledSet.Generate(seed).Select(s => ($"tuning{seed}/{s.Name}", s.Values))))
            .Concat(StaircaseSet.Generate(20261203).Select(s => ("staircase/" + s.Name, s.Values)))
            .ToArray();
        lines.AddRange(series.AsParallel().AsOrdered().Select(x =>
        {
            var found = ChangePointDetectors.Default.Detect(x.Values, options);
            var creeps = CreepFinder.Find(x.Values, found, options);
            return $"{x.Item1}: {Steps(found)} | {string.Join(" ", creeps.Select(c => $"{c.From}-{c.To}:{R(c.Change)}@{R(c.Confidence)}#{c.Steps}"))}";
        }));
        foreach (var s in ShortHistorySet.Generate(20261203))
        {
            var medians = s.Samples.Select(p => RankStatistics.Median(p)).ToArray();
            var found = SampleSteps.With(ChangePointDetectors.Default.Detect(medians, options), medians.Length, i => s.Samples[i], options);
            lines.Add($"short/{s.Name}: {Steps(found)}");
        }

        var text = string.Join("\n", lines) + "\n";
        if (outPath is not null)
        {
            File.WriteAllText(outPath, text);
        }

        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text))).ToLowerInvariant();
        output.WriteLine($"{lines.Count} series, {lines.Sum(l => l.Count(c => c == '@'))} findings; sha256 {hash}");
    }

    private static string Steps(IEnumerable<ChangePoint> found) => string.Join(" ", found.Select(c => $"{c.Index}:{R(c.Change)}@{R(c.Confidence)}"));

    private static string R(double x) => x.ToString("R", CultureInfo.InvariantCulture);
}
