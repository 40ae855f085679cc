using StaticBench.Analysis.Series;

namespace StaticBench.Site.Model;

/// <summary>
/// Everything the pages show, computed once from the snapshot and the series: pages only pick from
/// it. Strings here are plain text (templates escape them); markup is <see cref="Templates.TrustedHtml"/>.
/// </summary>
public sealed record SiteModel
{
    public required string Title { get; init; }

    /// <summary>The StaticBench version, shown in the footer.</summary>
    public required string GeneratorVersion { get; init; }

    public required string DataCommit { get; init; }

    public required string DataCommitShort { get; init; }

    public required string MainBranch { get; init; }

    public required IReadOnlyList<BenchmarkModel> Benchmarks { get; init; }

    public required IReadOnlyList<RunRow> Runs { get; init; }

    public required IReadOnlyList<DocumentModel> Documents { get; init; }

    public required IReadOnlyList<SkippedRow> Skipped { get; init; }

    /// <summary>Problems found while building (mixed units, documents left out), shown on the index.</summary>
    public required IReadOnlyList<string> Warnings { get; init; }

    /// <summary>The pivot the model was built from; the JSON data files serialize its points.</summary>
    public required SeriesSet SeriesSet { get; init; }

    /// <summary>Changes found over history (Analysis' findings), newest first; acknowledged ones included and marked.</summary>
    public IReadOnlyList<FindingRow> Findings { get; init; } = [];

    /// <summary>Regressions nobody has acknowledged.</summary>
    public int OpenRegressions => Findings.Count(f => f.IsRegression && !f.Acknowledged);

    public bool HasFindings => Findings.Count > 0;

    public bool HasSkipped => Skipped.Count > 0;

    public bool HasWarnings => Warnings.Count > 0;

    public bool HasDocuments => Documents.Count > 0;

    public bool HasBenchmarks => Benchmarks.Count > 0;
}

/// <summary>A file the history reader skipped, for the index.</summary>
public sealed record SkippedRow(string Path, string Reason);
