namespace StaticBench.Site.Data;

/// <summary><c>index.json</c>: every series, with where its page and data live.</summary>
public sealed record IndexJson(string Generator, string DataCommit, string MainBranch, IReadOnlyList<SeriesSummaryJson> Series);

/// <summary>A series in <c>index.json</c>: its key, unit, latest value and change.</summary>
public sealed record SeriesSummaryJson(
    string Id,
    SeriesKeyJson Key,
    string Unit,
    string Better,
    int Points,
    double? Latest,
    double? ChangeRatio,
    string Page,
    string Data);

/// <summary>The identity of a series, field by field.</summary>
public sealed record SeriesKeyJson(string Machine, string Benchmark, string Parameters, string Engine, string Phase, string Metric);

/// <summary><c>benchmarks/&lt;slug&gt;.json</c>: the series of one benchmark with their trend points.</summary>
public sealed record BenchmarkJson(string Benchmark, string DataCommit, IReadOnlyList<SeriesJson> Series);

/// <summary>One series with all its main-branch points, in history order.</summary>
public sealed record SeriesJson(string Id, SeriesKeyJson Key, string Unit, string Better, IReadOnlyList<PointJson> Points);

/// <summary>One trend point; values are in the series' unit.</summary>
public sealed record PointJson(
    string Commit,
    DateTimeOffset Time,
    string Subject,
    double Median,
    double Min,
    double Max,
    int Samples,
    IReadOnlyList<string> Runs,
    string? EngineVersion);

/// <summary>The build manifest (see <see cref="Output.OutputManifest"/>).</summary>
public sealed record ManifestJson(IReadOnlyList<string> Files);
