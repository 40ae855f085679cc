using StaticBench.Analysis.Series;
using StaticBench.Site.Charts;
using StaticBench.Site.Templates;

namespace StaticBench.Site.Model;

/// <summary>One benchmark: its page, its data files, its series (rows on the index), charts and tables.</summary>
public sealed record BenchmarkModel
{
    public required string Name { get; init; }

    public required string Slug { get; init; }

    /// <summary>Site-relative path of its page, <c>benchmarks/&lt;slug&gt;.html</c>.</summary>
    public required string Page { get; init; }

    /// <summary>Site-relative path of its data, the script its charts load: <c>data/bench/&lt;slug&gt;.js</c>.</summary>
    public required string Script { get; init; }

    /// <summary>Site-relative path of its trend card for READMEs, <c>images/&lt;slug&gt;.png</c>.</summary>
    public string Card => $"images/{Slug}.png";

    public required IReadOnlyList<SeriesRow> Series { get; init; }

    public required IReadOnlyList<ChartModel> Charts { get; init; }

    /// <summary>Engines × phases at the newest commit, one table per machine + parameters + metric.</summary>
    public IReadOnlyList<EngineTable> Engines { get; init; } = [];

    public bool HasEngines => Engines.Count > 0;

    /// <summary>Cost against a size parameter on log-log axes with the fitted exponent (Analysis/Scaling).</summary>
    public IReadOnlyList<ScalingModel> Scaling { get; init; } = [];

    public bool HasScaling => Scaling.Count > 0;

    /// <summary>Instruction profiles at the newest profiled commit, with the change since the one before (<see cref="ProfileTables"/>).</summary>
    public IReadOnlyList<ProfileTable> Profiles { get; init; } = [];

    public bool HasProfiles => Profiles.Count > 0;

    /// <summary>Instructions per nanosecond over history, where an instruction count and a time share a commit (<see cref="RateCharts"/>).</summary>
    public IReadOnlyList<RateChart> Rates { get; init; } = [];

    public bool HasRates => Rates.Count > 0;

    public int ProfileTop => ProfileTables.Top;

    /// <summary>Other systems' published numbers for this benchmark (their <c>ourBenchmark</c> names it), with citation.</summary>
    public IReadOnlyList<ReferenceSourceModel> References { get; init; } = [];

    public bool HasReferences => References.Count > 0;

    /// <summary>The newest results of its runs (branches and PRs included), newest first: at most <see cref="SiteOptions.MaxResultRows"/>.</summary>
    public required IReadOnlyList<ResultRow> Results { get; init; }

    /// <summary>How many results there are in all (the table shows the newest <see cref="Results"/>).</summary>
    public int ResultsTotal { get; init; }

    public int ResultsShown => Results.Count;

    public bool ResultsCut => ResultsTotal > Results.Count;

    /// <summary>The analysis series behind the rows, for the data files.</summary>
    public required IReadOnlyList<BenchmarkSeries> Source { get; init; }

    /// <summary>The data commit that last added a result to this benchmark (not the data tip: see the builder).</summary>
    public required string DataCommit { get; init; }
}

/// <summary>One series as a row of the index: what it is, its newest value, its status and where its chart is.</summary>
/// <param name="Id">The series id.</param>
/// <param name="Benchmark">Its benchmark.</param>
/// <param name="Machine">The machine it was measured on.</param>
/// <param name="Parameters">Its parameters, <c>a=1,b=x</c>.</param>
/// <param name="Engine">The engine label.</param>
/// <param name="Phase">The phase.</param>
/// <param name="Metric">The metric.</param>
/// <param name="Latest">The newest point's median, formatted.</param>
/// <param name="Points">How many trend points it has.</param>
/// <param name="Link">Site-relative link to its chart: <c>benchmarks/&lt;slug&gt;.html#chart-…</c>.</param>
/// <param name="Status">The status word (regression, improvement, no change, too little data).</param>
/// <param name="StatusClass">The status as a CSS class: the word with dashes.</param>
/// <param name="StatusText">The status in a sentence (with the step's size and commit).</param>
/// <param name="Icon">A symbol that says the status without colour (<see cref="Labels.StatusIcon"/>).</param>
/// <param name="Sparkline">The newest points as a small static line.</param>
public sealed record SeriesRow(
    string Id,
    string Benchmark,
    string Machine,
    string Parameters,
    string Engine,
    string Phase,
    string Metric,
    string Latest,
    int Points,
    string Link,
    string Status,
    string StatusClass,
    string StatusText,
    string Icon,
    TrustedHtml Sparkline)
{
    /// <summary>The newest median as a plain invariant number, for sorting; empty without points.</summary>
    public string LatestValue { get; init; } = "";

    /// <summary>Site-relative path of its SVG badge (newest value and status) for READMEs.</summary>
    public string Badge => $"badges/{Id}.svg";

    /// <summary>Everything a search may match, lower-case.</summary>
    public string SearchText => string.Join(" ", Benchmark, Engine, Phase, Metric, Machine, Parameters, Status).ToLowerInvariant();

    /// <summary><see cref="Parameters"/> cut after each comma: the index lets a narrow column break a line only there.</summary>
    public IReadOnlyList<string> ParameterParts => Parameters.Length == 0 ? [] : Parameters.Split(',');
}

/// <summary>
/// One scaling plot, every engine on it: its title, each engine's fit in words, whether any grows super-linearly,
/// the data its image is drawn from, and the image's site path (<c>images/&lt;slug&gt;/&lt;id&gt;.png</c>).
/// </summary>
public sealed record ScalingModel(string Id, string Title, IReadOnlyList<ScalingFitRow> Fits, bool SuperLinear, Charts.ScalingImageSpec Spec)
{
    public string Image { get; init; } = "";

    /// <summary>The published numbers drawn on it, each labelled and linked to its source.</summary>
    public IReadOnlyList<ScalingReferenceLink> References { get; init; } = [];

    public bool HasReferences => References.Count > 0;
}

/// <summary>One engine's fit on a scaling plot, in words.</summary>
public sealed record ScalingFitRow(string Engine, string Fit, bool SuperLinear);

/// <summary>
/// A trend chart: the series that share machine, parameters, phase and metric, one line per engine.
/// The page draws it with the browser charting library from its data script; <see cref="Image"/> is
/// the static chart shown where scripts do not run.
/// </summary>
public sealed record ChartModel(string Id, string Title, string Machine, string Parameters, string Phase, string Metric, string Unit)
{
    public required IReadOnlyList<ChartSeries> Lines { get; init; }

    public IReadOnlyList<ChartMarker> Markers { get; init; } = [];

    /// <summary>Site-relative path of its static image (ScottPlot), shown where scripts do not run and embeddable: <c>images/&lt;slug&gt;/&lt;id&gt;.png</c>.</summary>
    public string Image { get; init; } = "";

    /// <summary>The engines drawn, for the heading of a single-engine chart and the legend of the static one.</summary>
    public string Engines => string.Join(", ", Lines.Select(l => l.Label));
}

/// <summary>One line of a chart: its legend label, its series, its status, and its colour (an index into the palette, the same for an engine on every chart of the site).</summary>
public sealed record ChartSeries(string Label, BenchmarkSeries Series, string Status, int Colour);

/// <summary>One engines × phases table: a row per engine, a column per phase, at each series' newest point.</summary>
public sealed record EngineTable(string Title, IReadOnlyList<string> Phases, IReadOnlyList<EngineRow> Rows);

/// <summary>An engine's row: its cells in <see cref="EngineTable.Phases"/> order.</summary>
public sealed record EngineRow(string Engine, IReadOnlyList<EngineCell> Cells);

/// <summary>One engine's value in one phase, with its ratio to native and to the best engine of the phase (empty when not applicable).</summary>
public sealed record EngineCell(string Value, string VsNative, string VsBest, bool IsBest, bool IsEmpty);

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
