namespace StaticBench.Analysis.ChangePoints;

/// <summary>
/// A step in a series. <paramref name="Index"/>: 0-based position of the first point of the new
/// segment. <paramref name="Change"/>: relative size, new level over old minus one (<c>0.031</c> =
/// 3.1% higher; the sign says up or down, not good or bad). <paramref name="Confidence"/>: for the detector's steps
/// <see cref="StepConfidence"/> (1 − p that noise shows a split this clear anywhere between the step's neighbours);
/// for a sample step 1 − p × the positions tested; 1 for exact changes and the naive rules, which have no test.
/// </summary>
public sealed record ChangePoint(int Index, double Change, double Confidence)
{
    /// <summary>
    /// The confidence for people: four decimals, and "&gt; 0.9999" rather than a rounded "1", which would read as
    /// certainty that no test gives.
    /// </summary>
    public static string FormatConfidence(double confidence) => Formatting.ValueText.Confidence(confidence);
}

/// <summary>What a detector is told. Defaults are the ones tuned on the evaluation set (docs/statistics.md).</summary>
public sealed record DetectorOptions
{
    /// <summary>Smallest relative step that may alarm (default 1%).</summary>
    public double MinEffect { get; init; } = 0.01;

    /// <summary>Two-sided significance level of the Mann-Whitney test that confirms a candidate.</summary>
    public double Alpha { get; init; } = 0.0001;

    /// <summary>At most this many points each side of a candidate are compared.</summary>
    public int Window { get; init; } = 120;

    /// <summary>Shortest segment a candidate may cut, and fewest points a side needs.</summary>
    public int MinSegment { get; init; } = 5;

    /// <summary>Mann-Kendall |z| above which a window is treated as drifting and detrended before testing.</summary>
    public double DriftZ { get; init; } = 3;
}

/// <summary>A change-point detector: pure and deterministic for given values and options.</summary>
public interface IChangePointDetector
{
    string Name { get; }

    IReadOnlyList<ChangePoint> Detect(IReadOnlyList<double> values, DetectorOptions options);
}

/// <summary>Every built-in detector by name: StaticBench's and the naive rules other tools use (for the evaluation).</summary>
public static class ChangePointDetectors
{
    public static readonly IChangePointDetector Default = new StaticBenchDetector();

    public static IReadOnlyList<IChangePointDetector> All { get; } =
    [
        Default,
        new PreviousRunRatioDetector(1.10),
        new PreviousRunRatioDetector(2.00),
        new RollingZScoreDetector(20, 3),
    ];

    public static IChangePointDetector? Find(string name) =>
        All.FirstOrDefault(d => string.Equals(d.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The segments (start, end exclusive) that <paramref name="changes"/> cut a series of <paramref name="count"/> points into.</summary>
    public static IReadOnlyList<(int Start, int End)> Segments(int count, IReadOnlyList<ChangePoint> changes)
    {
        var cuts = changes.Select(c => c.Index).Where(i => i > 0 && i < count).Distinct().Order().ToList();
        var result = new List<(int, int)>();
        var start = 0;
        foreach (var cut in cuts.Append(count))
        {
            if (cut > start)
            {
                result.Add((start, cut));
            }

            start = cut;
        }

        return result;
    }
}
