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
