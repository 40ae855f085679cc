namespace StaticBench.Schema.Model;

/// <summary>
/// Everything the history reader found in a data repository at one commit: the valid runs, the
/// Markdown documents (about page, notes on known changes) and the files it skipped with why.
/// Produced by Store/History, consumed by Analysis and Site, which never see git.
/// </summary>
public sealed record DataSnapshot
{
    /// <summary>The data repository commit this snapshot reflects (40 hex), or empty for an empty repository.</summary>
    public required string DataCommit { get; init; }

    public required IReadOnlyList<RecordedRun> Runs { get; init; }

    public IReadOnlyList<DataDocument> Documents { get; init; } = [];

    public IReadOnlyList<SkippedFile> Skipped { get; init; } = [];

    /// <summary>Known changes acknowledged in <c>acknowledgements/*.json</c>: still shown, no longer alarming.</summary>
    public IReadOnlyList<Acknowledgement> Acknowledgements { get; init; } = [];

    /// <summary>Other systems' published numbers from <c>references/*.json</c>: shown beside our series, never part of them.</summary>
    public IReadOnlyList<DataReference> References { get; init; } = [];

    /// <summary>Settings from <c>staticbench.json</c> at the data folder root; defaults when absent.</summary>
    public DetectionSettings Settings { get; init; } = new();
}

/// <summary>
/// A note that a change is known (<c>acknowledgements/*.json</c>: <c>{"series": "...", "commit": "...", "note": "..."}</c>).
/// </summary>
/// <param name="Path">The file, relative to the data folder.</param>
/// <param name="Series">A series id (as in the site's URLs) or a full series key as the site prints it.</param>
/// <param name="Commit">The benchmarked project's commit where the change happened (full, or at least 7 hex digits).</param>
/// <param name="Note">Why it is fine.</param>
public sealed record Acknowledgement(string Path, string Series, string Commit, string Note);

/// <summary>A valid reference file (<c>references/*.json</c>, docs/result-format.md) and where it is.</summary>
/// <param name="Path">The file, relative to the data folder.</param>
/// <param name="Set">Its source and numbers, units normalized.</param>
public sealed record DataReference(string Path, References.ReferenceSet Set);

/// <summary>Change detection settings of a data repository (<c>staticbench.json</c>, see docs/statistics.md).</summary>
public sealed record DetectionSettings
{
    /// <summary>Smallest relative step that alarms, for every series (null: the detector's default, 1%).</summary>
    public double? MinEffect { get; init; }

    /// <summary>Per-benchmark overrides of <see cref="MinEffect"/>, by benchmark name.</summary>
    public IReadOnlyDictionary<string, double> BenchmarkMinEffect { get; init; } = new Dictionary<string, double>();
}

/// <summary>A valid result file as found in the data repository.</summary>
/// <param name="Run">The normalized run.</param>
/// <param name="Path">Its path in the data repository, relative to the data folder (<c>results/2026/11/21/run-1.json</c>).</param>
/// <param name="DataCommit">The data repository commit that added it.</param>
/// <param name="RecordedAt">That commit's committer time.</param>
public sealed record RecordedRun(RunResult Run, string Path, string DataCommit, DateTimeOffset RecordedAt);

/// <summary>A Markdown file from the data folder, e.g. <c>about.md</c> or <c>notes/2026-11-v8-upgrade.md</c>.</summary>
public sealed record DataDocument(string Path, string Markdown);

/// <summary>A file the history reader left out, and why (invalid JSON, failed validation, duplicate run id).</summary>
public sealed record SkippedFile(string Path, string Reason);
