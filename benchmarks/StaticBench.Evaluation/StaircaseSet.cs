using StaticBench.Analysis.ChangePoints;

namespace StaticBench.Evaluation;

/// <summary>A staircase series: its values, its true steps, and whether they all go up.</summary>
public sealed record Staircase(string Name, double[] Values, int[] Steps, bool UpOnly, double Cv);

/// <summary>
/// The staircase set, generated from a seed: 300-600 points of log-normal noise CV 1%-5% (uniform); half the series
/// staircases of steps of 3%-10% (uniform, one size per series) every 15-60 commits (uniform, one spacing per series,
/// the first after one spacing), half of them all up (slower and slower), half alternating up and down; the other half
/// without net change but with slow noise: a sine of amplitude 0.5-1 times the CV and period 100-300 commits. A step counts as found
/// when a step is reported within 5 points of it, or a creep finding spans it.
/// </summary>
public static class StaircaseSet
{
    public static IReadOnlyList<Staircase> Generate(int seed, int count = 200)
    {
        var random = new Random(seed);
        var result = new List<Staircase>(count);
        for (var s = 0; s < count; s++)
        {
            var n = random.Next(300, 601);
            var cv = 0.01 + 0.04 * random.NextDouble();
            var sigma = Math.Sqrt(Math.Log(1 + cv * cv));
            var kind = s % 4; // 0, 1: up-only; 2: alternating; 3: no change with slow noise
            var size = 0.03 + 0.07 * random.NextDouble();
            var spacing = random.Next(15, 61);
            var amplitude = kind == 3 ? cv * (0.5 + 0.5 * random.NextDouble()) : 0;
            var period = 100 + 200 * random.NextDouble();
            var phase = 2 * Math.PI * random.NextDouble();
            var steps = new List<int>();
            var level = 100.0 * Math.Exp(random.NextDouble() * 3);
            var values = new double[n];
            for (var i = 0; i < n; i++)
            {
                if (kind < 3 && i > 0 && i % spacing == 0 && i < n - 5)
                {
                    var up = kind < 2 || steps.Count % 2 == 0;
                    level *= up ? 1 + size : 1 / (1 + size);
                    steps.Add(i);
                }

                var wander = 1 + amplitude * Math.Sin(2 * Math.PI * i / period + phase);
                values[i] = Math.Round(level * wander * Math.Exp(sigma * LabelledSet.Gaussian(random) - sigma * sigma / 2), 4);
            }

            var name = kind < 2 ? "up" : kind == 2 ? "alternating" : "none";
            result.Add(new Staircase($"{name}-{s:000}", values, [.. steps], kind < 2, cv));
        }

        return result;
    }

    /// <summary>Creep findings on the no-change series of another set (the kept labelled set: drift, two modes, noise changes).</summary>
    public static void CreepAlarms(IReadOnlyList<LabelledSeries> set, TextWriter output)
    {
        var options = new DetectorOptions();
        var none = set.Where(s => !s.HasChange).ToArray();
        var alarmed = none.Count(s => CreepFinder.Find(s.Values, ChangePointDetectors.Default.Detect(s.Values, options), options).Count > 0);
        var drifting = none.Where(s => s.Features.Contains("drift", StringComparison.Ordinal)).ToArray();
        var drifted = drifting.Count(s => CreepFinder.Find(s.Values, ChangePointDetectors.Default.Detect(s.Values, options), options).Count > 0);
        output.WriteLine($"creep findings on the kept labelled set's no-change series: {alarmed}/{none.Length} (drifting ones: {drifted}/{drifting.Length})");
    }

    /// <param name="maxSpan">The longest excursion (<see cref="Excursions.MaxSpan"/> unless measuring another).</param>
    public static void Run(int seed, int count, TextWriter output, int maxSpan = Excursions.MaxSpan)
    {
        var set = Generate(seed, count);
        var options = new DetectorOptions();
        var rows = new Dictionary<string, (int Found, int Steps, int Alarmed, int Series, int False)>();
        var standing = new Dictionary<string, (int Found, int InExcursion, int Alarmed)>();
        int byCreepAlone = 0, creepAlarms = 0, statusAlarms = 0;
        var slowNoiseConfidences = new List<double>();
        foreach (var s in set)
        {
            var found = ChangePointDetectors.Default.Detect(s.Values, options);
            if (s.Steps.Length == 0)
            {
                slowNoiseConfidences.AddRange(found.Select(c => c.Confidence));
            }

            var creeps = CreepFinder.Find(s.Values, found, options);
            var excursions = Excursions.Find(s.Values, found, options, maxSpan);
            var (_, f, _, matched) = DetectorEvaluation.Match(s.Steps, found.Select(c => c.Index).ToArray());
            var spanned = s.Steps.Select((at, k) => matched[k] || creeps.Any(c => c.From < at && at <= c.To)).Count(x => x);

            // Standing: as the regressions page lists them, open (a step outside every excursion, or a creep).
            var standingSteps = found.Where(c => excursions.Containing(c.Index) is null).Select(c => c.Index).ToArray();
            var standingCreeps = creeps.Where(c => excursions.Undoing(c) is null).ToArray();
            var (_, _, _, matchedStanding) = DetectorEvaluation.Match(s.Steps, standingSteps);
            var standingFound = s.Steps.Select((at, k) => matchedStanding[k] || standingCreeps.Any(c => c.From < at && at <= c.To)).Count(x => x);
            byCreepAlone += spanned - matched.Count(x => x);
            creepAlarms += s.Steps.Length == 0 && creeps.Count > 0 ? 1 : 0;
            var kind = s.Name[..s.Name.IndexOf('-')];
            var (a, b, c0, d, e) = rows.GetValueOrDefault(kind);
            rows[kind] = (a + spanned, b + s.Steps.Length, c0 + (s.Steps.Length == 0 && (found.Count > 0 || creeps.Count > 0) ? 1 : 0), d + 1, e + f);
            var status = Analysis.Findings.SeriesStatus.Of(s.Values.Length, found, Schema.Model.Better.Lower, couldJudge: true, excursions);
            var recentCreep = standingCreeps.Any(c => c.To >= s.Values.Length - Analysis.Findings.SeriesStatus.RecentPoints);
            statusAlarms += s.Steps.Length == 0 && (status.Change is not null || recentCreep) ? 1 : 0;
            var (g, h, q) = standing.GetValueOrDefault(kind);
            standing[kind] = (g + standingFound, h + spanned - standingFound, q + (s.Steps.Length == 0 && (standingSteps.Length > 0 || standingCreeps.Length > 0) ? 1 : 0));
        }

        output.WriteLine($"staircase set: seed {seed}, {set.Count} series of 300-600 points");
        output.WriteLine();
        output.WriteLine("| series | steps found (a step within 5 points, or inside a creep finding) | false steps | alarmed |");
        output.WriteLine("|---|--:|--:|--:|");
        foreach (var (kind, (found, steps, alarmed, series, falseSteps)) in rows.OrderBy(r => r.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"| {kind} ({series}) | {found}/{steps} = {(steps == 0 ? 0 : 100.0 * found / steps):0.0}% | {falseSteps} | {alarmed}/{series} |");
        }

        output.WriteLine();
        output.WriteLine($"excursions (steps undone within {maxSpan} commits: shown on the chart, not listed as open):");
        output.WriteLine();
        output.WriteLine("| series | steps found standing (a step outside every excursion, or inside a creep) | found only inside an excursion | alarmed by standing steps or creep |");
        output.WriteLine("|---|--:|--:|--:|");
        foreach (var (kind, (found, inExcursion, alarmed)) in standing.OrderBy(r => r.Key, StringComparer.Ordinal))
        {
            var (_, steps, _, series, _) = rows[kind];
            output.WriteLine($"| {kind} ({series}) | {found}/{steps} = {(steps == 0 ? 0 : 100.0 * found / steps):0.0}% | {inExcursion} | {alarmed}/{series} |");
        }

        output.WriteLine();
        output.WriteLine($"slow-noise series whose status at the newest point is a regression or improvement (a standing step or creep among the last {Analysis.Findings.SeriesStatus.RecentPoints} points): {statusAlarms}/{set.Count(x => x.Steps.Length == 0)}");
        output.WriteLine($"steps found only inside a creep finding: {byCreepAlone}; no-change series with a creep finding: {creepAlarms}");
        var sorted = slowNoiseConfidences.Order().ToArray();
        output.WriteLine(sorted.Length == 0
            ? "no steps reported on the slow-noise series"
            : $"steps reported on the slow-noise series (all false): {sorted.Length}, confidence median {sorted[sorted.Length / 2]:0.####}, at least 0.99: {sorted.Count(c => c >= 0.99)}, highest {sorted[^1]:0.######}");
    }
}
