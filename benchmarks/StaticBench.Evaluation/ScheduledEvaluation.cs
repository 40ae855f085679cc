using StaticBench.Analysis.ChangePoints;
using StaticBench.Analysis.Findings;

namespace StaticBench.Evaluation;

/// <summary>
/// The site's scheduled path against <c>detect</c>'s full scan: the site scans a series of 256 points or more only up to
/// its latest checkpoint (<see cref="RefreshSchedule"/>, the phase taken from the series' id, here its name). The sets
/// hold one value per point and no samples, so the sample test that covers the points after the checkpoint on the site
/// (<see cref="SampleSteps"/>) is not part of this: a step among those points counts as missed here.
/// </summary>
public static class ScheduledEvaluation
{
    public static void Run(IReadOnlyList<LabelledSeries> kept, int seed, int count, TextWriter output)
    {
        var options = new DetectorOptions();
        output.WriteLine("| set | scan | tp | fp | fn | precision | recall | F1 | no-change series alarmed (standing steps) | series whose steps differ from the full scan |");
        output.WriteLine("|---|---|--:|--:|--:|--:|--:|--:|--:|--:|");
        var staircases = StaircaseSet.Generate(seed, count);
        var sets = new (string Name, IReadOnlyList<(string Id, double[] Values, int[] Steps)> Series)[]
        {
            ("kept labelled set", [.. kept.Select(s => (s.Name, s.Values, s.Steps))]),
            ($"staircase set, seed {seed}", [.. staircases.Select(s => (s.Name, s.Values, s.Steps))]),
        };
        foreach (var (name, series) in sets)
        {
            var examined = series.Select(s => RefreshSchedule.Examined(s.Id, s.Values.Length)).ToArray();
            var full = series.Select(s => ChangePointDetectors.Default.Detect(s.Values, options)).ToArray();
            var scheduled = series.Select((s, k) => ChangePointDetectors.Default.Detect(s.Values[..examined[k]], options)).ToArray();
            var differ = Enumerable.Range(0, series.Count).Count(k => !full[k].Select(c => c.Index).SequenceEqual(scheduled[k].Select(c => c.Index)));
            var lagged = Enumerable.Range(0, series.Count).Count(k => examined[k] < series[k].Values.Length);
            foreach (var (scan, found, length) in new[] { ("full (detect)", full, series.Select(s => s.Values.Length).ToArray()), ("scheduled (site)", scheduled, examined) })
            {
                int tp = 0, fp = 0, fn = 0, alarmed = 0, none = 0;
                for (var k = 0; k < series.Count; k++)
                {
                    var (t, f, m, _) = DetectorEvaluation.Match(series[k].Steps, found[k].Select(c => c.Index).ToArray());
                    (tp, fp, fn) = (tp + t, fp + f, fn + m);
                    if (series[k].Steps.Length == 0)
                    {
                        none++;
                        var excursions = Excursions.Find(series[k].Values[..length[k]], found[k], options);
                        alarmed += found[k].Any(c => excursions.Containing(c.Index) is null) ? 1 : 0;
                    }
                }

                var score = new DetectorScore(tp, fp, fn, alarmed, none, new Dictionary<string, (int, int)>());
                output.WriteLine($"| {name} | {scan} | {tp} | {fp} | {fn} | {score.Precision:0.000} | {score.Recall:0.000} | {score.F1:0.000} | {alarmed}/{none} | {(scan.StartsWith("full", StringComparison.Ordinal) ? $"{lagged} scanned short of their end" : $"{differ}/{series.Count}")} |");
            }
        }
    }
}
