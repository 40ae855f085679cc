using StaticBench.Analysis;
using StaticBench.Analysis.Series;

namespace StaticBench.Site.Model;

/// <summary>
/// Everything the pages show, computed once from the analysed history: pages only pick from it.
/// Strings here are plain text (templates escape them); markup is <see cref="Templates.TrustedHtml"/>.
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

    /// <summary>Every measured commit of the project in history order: the charts' x axis and the compare view's choices.</summary>
    public IReadOnlyList<CommitRow> Commits { get; init; } = [];

    public required IReadOnlyList<DocumentModel> Documents { get; init; }

    public required IReadOnlyList<SkippedRow> Skipped { get; init; }

    /// <summary>Problems found while building (mixed units, documents left out), shown on the index.</summary>
    public required IReadOnlyList<string> Warnings { get; init; }

    /// <summary>The pivot the model was built from; the data files serialize its points.</summary>
    public required SeriesSet SeriesSet { get; init; }

    /// <summary>The analysis the model was built from (findings, statuses).</summary>
    public AnalysedHistory? Analysis { get; init; }

    /// <summary>Changes found over history (Analysis' findings), newest first; acknowledged ones included and marked.</summary>
    public IReadOnlyList<FindingRow> Findings { get; init; } = [];

    /// <summary>Every reference file (other systems' published numbers), for <c>references.html</c>.</summary>
    public IReadOnlyList<ReferenceSourceModel> References { get; init; } = [];

    public bool HasReferences => References.Count > 0;

    /// <summary>Regressions nobody has acknowledged.</summary>
    public int OpenRegressions => Findings.Count(f => f.IsRegression && !f.Acknowledged && f.Excursion is null);

    /// <summary>Series per status word, for the index's summary line.</summary>
    public IReadOnlyList<StatusCount> StatusCounts => Benchmarks.SelectMany(b => b.Series)
        .GroupBy(s => (s.Status, s.StatusClass, s.Icon))
        .OrderBy(g => Array.IndexOf(StatusOrder, g.Key.Status))
        .Select(g => new StatusCount(g.Key.Status, g.Key.StatusClass, g.Key.Icon, g.Count()))
        .ToArray();

    public int SeriesCount => Benchmarks.Sum(b => b.Series.Count);

    /// <summary>Every series row of every benchmark, in benchmark order: the index's one table.</summary>
    public IReadOnlyList<SeriesRow> SeriesRows => Benchmarks.SelectMany(b => b.Series).ToArray();

    public bool HasFindings => Findings.Count > 0;

    public bool HasSkipped => Skipped.Count > 0;

    public bool HasWarnings => Warnings.Count > 0;

    public bool HasDocuments => Documents.Count > 0;

    public bool HasBenchmarks => Benchmarks.Count > 0;

    private static readonly string[] StatusOrder = ["regression", "improvement", "no change", "too little data"];
}

/// <summary>How many series have one status.</summary>
public sealed record StatusCount(string Status, string StatusClass, string Icon, int Count);

/// <summary>A file the history reader skipped, for the index.</summary>
public sealed record SkippedRow(string Path, string Reason);
