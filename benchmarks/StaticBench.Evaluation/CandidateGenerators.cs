using System.Diagnostics;
using StaticBench.Analysis.ChangePoints;

namespace StaticBench.Evaluation;

/// <summary>
/// The detector with either candidate generator, Perfolizer's ED-PELT or <see cref="RankSegmentation"/>, on a
/// labelled set generated from a seed with the kept set's noise models (<see cref="LabelledSet.Generate"/>) at the
/// lengths where the choice between them is made (default 500-2,000 points): steps found, false ones, no-change series
/// alarmed, and the detector's time, by length band and in all. Both run on the same series, one thread, one after
/// the other per series, so the machine's load falls on both alike.
/// </summary>
public static class CandidateGenerators
{
    private static readonly int[] BandEdges = [500, 600, 1000, 1500, 2000];

    public static void Run(int seed, int count, int minLength, int maxLength, TextWriter output)
    {
        var set = LabelledSet.Generate(seed, count, minLength, maxLength);
        var options = new DetectorOptions();
        var generators = new (string Name, IChangePointDetector Detector)[]
        {
            ("ED-PELT", new StaticBenchDetector(edPeltMaxPoints: int.MaxValue)),
            ("rank segmentation", new StaticBenchDetector(edPeltMaxPoints: 0)),
        };
        var rows = new Dictionary<(string Generator, string Band), Tally>();
        foreach (var s in set)
        {
            var band = Band(s.Values.Length);
            foreach (var (name, detector) in generators)
            {
                var clock = Stopwatch.StartNew();
                var found = detector.Detect(s.Values, options);
                var elapsed = clock.Elapsed.TotalMilliseconds;
                var (tp, fp, fn, _) = DetectorEvaluation.Match(s.Steps, found.Select(c => c.Index).ToArray());
                foreach (var key in new[] { (name, band), (name, "all") })
                {
                    var tally = rows.GetValueOrDefault(key) ?? new Tally();
                    rows[key] = tally with
                    {
                        Series = tally.Series + 1,
                        Tp = tally.Tp + tp,
                        Fp = tally.Fp + fp,
                        Fn = tally.Fn + fn,
                        NoChange = tally.NoChange + (s.HasChange ? 0 : 1),
                        Alarmed = tally.Alarmed + (!s.HasChange && found.Count > 0 ? 1 : 0),
                        Milliseconds = tally.Milliseconds + elapsed,
                    };
                }
            }
        }

        output.WriteLine($"seed {seed}, {count} series of {minLength}-{maxLength} points, {set.Sum(s => s.Steps.Length)} true steps");
        output.WriteLine("| points | candidates | series | steps found | false | missed | F1 | no-change series alarmed | detector time |");
        output.WriteLine("|---|---|--:|--:|--:|--:|--:|--:|--:|");
        foreach (var band in BandNames().Append("all"))
        {
            foreach (var (name, _) in generators)
            {
                if (rows.GetValueOrDefault((name, band)) is not { } t)
                {
                    continue;
                }

                var f1 = 2.0 * t.Tp / Math.Max(1, 2 * t.Tp + t.Fp + t.Fn);
                output.WriteLine($"| {band} | {name} | {t.Series} | {t.Tp} | {t.Fp} | {t.Fn} | {f1:0.000} | {t.Alarmed}/{t.NoChange} | {t.Milliseconds / 1000:0.0} s |");
            }
        }
    }

    private static string Band(int length)
    {
        for (var k = 1; k < BandEdges.Length; k++)
        {
            if (length <= BandEdges[k])
            {
                return $"{(k == 1 ? BandEdges[0] : BandEdges[k - 1] + 1)}-{BandEdges[k]}";
            }
        }

        return $"{BandEdges[^1] + 1}-";
    }

    private static IEnumerable<string> BandNames() => BandEdges.Skip(1).Select(Band).Append(Band(BandEdges[^1] + 1));

    private sealed record Tally(int Series = 0, int Tp = 0, int Fp = 0, int Fn = 0, int NoChange = 0, int Alarmed = 0, double Milliseconds = 0);
}
