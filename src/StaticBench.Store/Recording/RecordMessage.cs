using StaticBench.Schema.Model;

namespace StaticBench.Store.Recording;

/// <summary>Commit messages for recorded runs, so <c>git log</c> of the data repository reads as
/// "which run, on which machine, measuring which project commit".</summary>
internal static class RecordMessage
{
    public static string For(IReadOnlyList<RunResult> runs, string? prefix)
    {
        var lines = runs.Select(Describe).ToArray();
        var subject = runs.Count == 1
            ? lines[0]
            : $"Record {runs.Count} runs on {string.Join(", ", runs.Select(r => r.Run.Machine.Name).Distinct())}";
        var body = runs.Count == 1 ? "" : "\n\n" + string.Join("\n", lines);
        return $"{prefix}{subject}{body}\n";
    }

    private static string Describe(RunResult run) =>
        $"Record run {run.Run.Id} on {run.Run.Machine.Name} for {ShortRepository(run.Run.Project.Repository)}@{CommitId.Short(run.Run.Project.Commit)}";

    /// <summary><c>https://github.com/org/engine.git</c> → <c>org/engine</c>; anything else as given.</summary>
    private static string ShortRepository(string repository) =>
        Uri.TryCreate(repository, UriKind.Absolute, out var uri) && uri.AbsolutePath.Trim('/') is { Length: > 0 } path
            ? path.EndsWith(".git", StringComparison.Ordinal) ? path[..^4] : path
            : repository;
}
