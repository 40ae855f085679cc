using StaticBench.Analysis.Series;

namespace StaticBench.Site.Charts;

/// <summary>One line of a trend chart: a series and the label its legend and tooltips show.</summary>
public sealed record ChartLine(string Label, Series Series);
