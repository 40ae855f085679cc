using StaticBench.Analysis.ChangePoints;

namespace StaticBench.Evaluation;

/// <summary>
/// The kept labelled set's true steps that the detector finds but <see cref="Excursions"/> reads undone, one by one, with
/// why: "back" (a later step undid it), "wander" (within the series' wander), "Level" or "Curve" (shaped like a wander).
/// </summary>
public static class UndoneDiagnose
{
    public static void Run(IReadOnlyList<LabelledSeries> kept, TextWriter output)
    {
        var options = new DetectorOptions();
        foreach (var s in kept.Where(k => k.HasChange))
        {
            var found = ChangePointDetectors.Default.Detect(s.Values, options);
            var excursions = Excursions.Find(s.Values, found, options);
            foreach (var c in found)
            {
                var k = Array.FindIndex(s.Steps, t => Math.Abs(t - c.Index) <= 5);
                if (k >= 0 && excursions.Containing(c.Index) is { } e)
                {
                    output.WriteLine($"{s.Name} at={c.Index} true={s.StepSizes[k]:+0.0%;-0.0%} cv={s.Cv:0.000} kind={(e.Shape?.ToString() ?? (e.Wander is null ? "back" : "wander"))} net={e.Net:+0.0%;-0.0%} features={s.Features} steps={string.Join(",", s.Steps)}");
                }
            }
        }
    }
}
