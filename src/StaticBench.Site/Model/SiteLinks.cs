using StaticBench.Analysis.Series;
using StaticBench.Schema.Model;

namespace StaticBench.Site.Model;

/// <summary>
/// Where things are on a built site, relative to its root: the one place that knows, for the pages themselves and
/// for anything that links into a site (a pull-request comment).
/// </summary>
public static class SiteLinks
{
    /// <summary>The id of the chart a series is drawn on: one per machine + parameters + phase + metric + unit of a benchmark.</summary>
    public static string ChartId(string machine, string parameters, string phase, string metric, string unit) =>
        "chart-" + SeriesId.ShortHash(string.Join("\n", machine, parameters, phase, metric, unit));

    /// <summary>The static image of the chart <paramref name="key"/>'s series is on.</summary>
    public static string ChartImage(SeriesKey key, string unit) =>
        $"images/{Slug.Of(key.Benchmark)}/{ChartId(key.Machine, key.Parameters, key.Phase, key.Metric, unit)}.png";

    /// <summary>The compare view of two commits.</summary>
    public static string Compare(string baseCommit, string headCommit) =>
        $"compare.html?base={Uri.EscapeDataString(baseCommit)}&head={Uri.EscapeDataString(headCommit)}";
}
