using StaticBench.Analysis.Series;

namespace StaticBench.Site.Charts;

/// <summary>A change found in one of a chart's series: a vertical mark before <see cref="Commit"/> (the first commit after the step).</summary>
public sealed record ChartMarker(string Commit, string Label, bool IsRegression, bool Acknowledged);
