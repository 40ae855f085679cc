using StaticBench.Analysis.Series;
using StaticBench.Site.Templates;

namespace StaticBench.Site.Model;

/// <summary>One benchmark: its page, its data file, its series (rows on the index) and charts.</summary>
public sealed record BenchmarkModel
{
    public required string Name { get; init; }

    public required string Slug { get; init; }

    /// <summary>Site-relative path of its page, <c>benchmarks/&lt;slug&gt;.html</c>.</summary>
    public required string Page { get; init; }

    /// <summary>Site-relative path of its data, <c>benchmarks/&lt;slug&gt;.json</c>.</summary>
    public required string Data { get; init; }

    public required IReadOnlyList<SeriesRow> Series { get; init; }

    public required IReadOnlyList<ChartModel> Charts { get; init; }

    /// <summary>Cost against a size parameter on log-log axes with the fitted exponent (Analysis/Scaling).</summary>
    public IReadOnlyList<ScalingModel> Scaling { get; init; } = [];

    public bool HasScaling => Scaling.Count > 0;

    /// <summary>Every result of every run for this benchmark (branches and PRs included), newest first.</summary>
    public required IReadOnlyList<ResultRow> Results { get; init; }

    /// <summary>The analysis series behind the rows, for the JSON data file.</summary>
    public required IReadOnlyList<Series> Source { get; init; }

    /// <summary>The data commit that last added a result to this benchmark (not the data tip: see the builder).</summary>
    public required string DataCommit { get; init; }
}

/// <summary>One series as a row: what it is, its latest value, change and sparkline.</summary>
public sealed record SeriesRow(
    string Id,
    string Machine,
    string Parameters,
    string Engine,
    string Phase,
    string Metric,
    string Latest,
    string Change,
    string ChangeClass,
    string Arrow,
    int Points,
    TrustedHtml Sparkline);

/// <summary>One scaling plot: its title, the fit in words, whether growth is super-linear, and the SVG.</summary>
public sealed record ScalingModel(string Id, string Title, string Fit, bool SuperLinear, TrustedHtml Svg);

/// <summary>A trend chart: the series that share machine, parameters, phase and metric.</summary>
public sealed record ChartModel(string Id, string Title, string Machine, string Parameters, string Phase, string Metric, string Note, TrustedHtml Svg);

/// <summary>One result of one run, for a benchmark page's table.</summary>
public sealed record ResultRow(
    string Commit,
    string? CommitUrl,
    string Subject,
    string Date,
    string RunId,
    string Machine,
    string Engine,
    string EngineVersion,
    string Phase,
    string Metric,
    string Parameters,
    string Value,
    string Branch,
    bool OnTrend);
