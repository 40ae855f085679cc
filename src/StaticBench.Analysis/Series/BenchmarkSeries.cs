using StaticBench.Schema.Model;

namespace StaticBench.Analysis.Series;

/// <summary>
/// One series (machine + benchmark + parameters + engine + phase + metric) across the project's
/// history: its main-branch trend <see cref="Points"/> in history order, every raw
/// <see cref="Observations"/> (branches and pull requests included) and what changed last.
/// </summary>
public sealed record BenchmarkSeries
{
    public required SeriesKey Key { get; init; }

    /// <summary>A stable, file-name-safe id derived from <see cref="Key"/>.</summary>
    public required string Id { get; init; }

    /// <summary>The one unit every point is in (normalized: ns, bytes, count or as written).</summary>
    public required string Unit { get; init; }

    public required Better Better { get; init; }

    /// <summary>Main-branch points, one per project commit, in history order.</summary>
    public required IReadOnlyList<SeriesPoint> Points { get; init; }

    /// <summary>Every result of every run for this series, newest run first.</summary>
    public required IReadOnlyList<SeriesObservation> Observations { get; init; }

    /// <summary>The last trend point, if the series has any on the main branch.</summary>
    public SeriesPoint? Latest => Points.Count > 0 ? Points[^1] : null;

    /// <summary>Latest against previous point; null with fewer than two points.</summary>
    public SeriesChange? Change { get; init; }
}
