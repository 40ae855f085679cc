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

/// <summary>The build manifest (see <see cref="Output.OutputManifest"/>).</summary>
public sealed record ManifestJson(IReadOnlyList<string> Files);

/// <summary>A committed but unfinished change to a site folder (<see cref="Output.StagedChanges"/>): files to move in, files to delete.</summary>
public sealed record StagingJournalJson(IReadOnlyList<string> Moves, IReadOnlyList<string> Deletes);
