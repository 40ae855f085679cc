using StaticBench.Analysis.Series;

namespace StaticBench.Site.Charts;

/// <summary>One line of a trend chart: the label its legend and tooltips show and its points in history order.</summary>
public sealed record ChartLine(string Label, IReadOnlyList<SeriesPoint> Points);
