using StaticBench.Analysis.Series;

namespace StaticBench.Site.Charts;

/// <summary>One line of a trend chart: the label its legend and tooltips show and its points in history order.</summary>
public sealed record ChartLine(string Label, IReadOnlyList<SeriesPoint> Points);

/// <summary>A change found in one of a chart's series: a vertical mark before <see cref="Commit"/> (the first commit after the step).</summary>
public sealed record ChartMarker(string Commit, string Label, bool IsRegression, bool Acknowledged);
