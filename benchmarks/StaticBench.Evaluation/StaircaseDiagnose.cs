using StaticBench.Analysis.ChangePoints;

namespace StaticBench.Evaluation;

/// <summary>
/// The alternating staircases and slow-noise series of the staircase set one by one: steps found, and how many of the
/// true steps the detector's test (<see cref="StepTest"/>) passes when told the true positions and neighbours, so a
/// step lost by the search shows apart from one the test cannot see.
/// </summary>
public static class StaircaseDiagnose
{
    public static void Run(int seed, int count, TextWriter output)
    {
        var options = new DetectorOptions();
        foreach (var s in StaircaseSet.Generate(seed, count).Where(s => !s.UpOnly))
        {
            var found = ChangePointDetectors.Default.Detect(s.Values, options);
            var (_, f, _, matched) = DetectorEvaluation.Match(s.Steps, found.Select(c => c.Index).ToArray());
            var logs = s.Values.Select(v => Math.Log(v)).ToArray();
            var spacing = s.Steps.Length > 1 ? s.Steps[1] - s.Steps[0] : 0;
            var oracle = 0;
            for (var k = 0; k < s.Steps.Length; k++)
            {
                var from = Math.Max(k == 0 ? 0 : s.Steps[k - 1], s.Steps[k] - options.Window);
                var to = Math.Min(k == s.Steps.Length - 1 ? logs.Length : s.Steps[k + 1], s.Steps[k] + options.Window);
                oracle += StepTest.Run(logs, s.Values, from, s.Steps[k], to, true, options).Pass ? 1 : 0;
            }

            output.WriteLine($"{s.Name} n={s.Values.Length} cv={s.Cv:0.000} spacing={spacing} steps={s.Steps.Length} found={matched.Count(m => m)} oracle={oracle} false={f} found=[{string.Join(" ", found.Select(c => $"{c.Index}:{c.Change:+0.000;-0.000}"))}]");
        }
    }
}
