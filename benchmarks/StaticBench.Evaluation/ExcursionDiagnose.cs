using StaticBench.Analysis.ChangePoints;

namespace StaticBench.Evaluation;

/// <summary>The staircase set's slow-noise series one by one: the detector's steps, the excursions among them, and the steps left standing.</summary>
public static class ExcursionDiagnose
{
    public static void Run(int seed, int count, TextWriter output, int maxSpan)
    {
        var options = new DetectorOptions();
        foreach (var s in StaircaseSet.Generate(seed, count).Where(s => s.Steps.Length == 0))
        {
            var found = ChangePointDetectors.Default.Detect(s.Values, options);
            var excursions = Excursions.Find(s.Values, found, options, maxSpan);
            var standing = found.Where(c => excursions.Containing(c.Index) is null).ToArray();
            output.WriteLine($"{s.Name} n={s.Values.Length} cv={s.Cv:0.000}: steps {string.Join(" ", found.Select(c => $"{c.Index}:{c.Change:+0.0%;-0.0%}"))}; excursions {string.Join(" ", excursions.Select(e => $"{e.From}-{e.To}"))}; standing {standing.Length}");
            var data = s.Values.Select(v => Math.Log(v)).ToArray();
            var noise = Math.Exp(StaticBench.Analysis.ChangePoints.CreepFinder.Noise(data)) - 1;
            foreach (var c in standing)
            {
                output.WriteLine($"    standing {c.Index}:{c.Change:+0.0%;-0.0%} ({Math.Abs(Math.Log(1 + c.Change)) / Math.Log(1 + noise):0.0}x noise {noise:0.0%}) {s.Values.Length - c.Index} from the end, confidence {c.Confidence:0.000}");
            }

            foreach (var creep in CreepFinder.Find(s.Values, found, options).Where(c => excursions.Undoing(c) is null))
            {
                output.WriteLine($"    creep {creep.From}-{creep.To}: {creep.Change:+0.0%;-0.0%} over {creep.To - creep.From} commits ({creep.Steps} steps), {s.Values.Length - creep.To} from the end, confidence {creep.Confidence:0.000}");
            }
        }
    }
}
