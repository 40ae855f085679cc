using StaticBench.Analysis.ChangePoints;

namespace StaticBench.Analysis.Findings;

/// <summary>
/// What a scan of a series' examined points finds: the detector's steps and the excursions among them
/// (<see cref="ChangePoints.Excursions"/>). Both depend only on those points, the detector and its options, so
/// <see cref="DetectionMemo"/> remembers them together.
/// </summary>
/// <param name="Changes">The detector's steps.</param>
/// <param name="Excursions">The steps that were undone, within the series' wander, or shaped like it.</param>
public sealed record SeriesScan(ChangePoint[] Changes, Excursion[] Excursions)
{
    /// <summary>Scans <paramref name="values"/>: the detector, then the excursions among its steps.</summary>
    public static SeriesScan Of(IChangePointDetector detector, double[] values, DetectorOptions options)
    {
        ChangePoint[] changes = [.. detector.Detect(values, options)];
        return new SeriesScan(changes, [.. ChangePoints.Excursions.Find(values, changes, options)]);
    }
}
