using StaticBench.Analysis.ChangePoints;

namespace StaticBench.Analysis.Findings;

/// <summary>
/// What a scan of a series' examined points finds: the detector's steps, the excursions among them
/// (<see cref="ChangePoints.Excursions"/>) and the creep (<see cref="CreepFinder"/>). All depend only on those points,
/// the detector, its options and which way is worse, so <see cref="DetectionMemo"/> remembers them together.
/// </summary>
/// <param name="Changes">The detector's steps.</param>
/// <param name="Excursions">The steps that were undone, within the series' wander, or shaped like it.</param>
/// <param name="Creeps">Gradual regressions among the points.</param>
public sealed record SeriesScan(ChangePoint[] Changes, Excursion[] Excursions, Creep[] Creeps)
{
    /// <summary>
    /// Scans <paramref name="values"/>: the detector, then the excursions among its steps and the creep
    /// (<paramref name="worseIsUp"/>: true when higher values are worse, times and sizes, as for <see cref="CreepFinder.Find"/>).
    /// </summary>
    public static SeriesScan Of(IChangePointDetector detector, double[] values, DetectorOptions options, bool worseIsUp)
    {
        ChangePoint[] changes = [.. detector.Detect(values, options)];
        return new SeriesScan(changes, [.. ChangePoints.Excursions.Find(values, changes, options)], [.. CreepFinder.Find(values, changes, options, worseIsUp)]);
    }
}
