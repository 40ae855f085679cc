using StaticBench.Schema.Model;

namespace StaticBench.Analysis.Comparisons;

/// <summary>The runs chosen for one side of a comparison from a data repository, and why.</summary>
public sealed record SelectedRuns(string Commit, string Label, IReadOnlyList<RunResult> Runs);

/// <summary>
/// Picks the runs of a side from a data repository's runs: a full or abbreviated (at least 7 hex
/// digits) commit of the benchmarked project, or a branch name (its newest measured commit by commit
/// time). For a pull request, base "auto" means head's merge base (<c>project.baseCommit</c>), never
/// "the previous run". Every run at the chosen commit is pooled.
/// </summary>
public static class CommitSelection
{
    public const string Auto = "auto";

    public static SelectedRuns Select(IReadOnlyList<RunResult> runs, string reference)
    {
        var byCommit = runs.Where(r => Matches(r.Run.Project.Commit, reference)).ToArray();
        var commits = byCommit.Select(r => r.Run.Project.Commit).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        if (commits.Length > 1)
        {
            throw new ArgumentException($"'{reference}' is ambiguous: it matches commits {string.Join(", ", commits.Select(c => c[..Math.Min(12, c.Length)]))}");
        }

        if (commits.Length == 1)
        {
            return new SelectedRuns(commits[0], CommitId.Short(commits[0]), byCommit);
        }

        var onBranch = runs.Where(r => r.Run.Project.Branch == reference && r.Run.Project.PullRequest is null).ToArray();
        if (onBranch.Length == 0)
        {
            onBranch = runs.Where(r => r.Run.Project.Branch == reference).ToArray();
        }

        if (onBranch.Length == 0)
        {
            throw new ArgumentException($"no runs at a commit or on a branch named '{reference}'");
        }

        var newest = onBranch.MaxBy(r => (r.Run.Project.CommitTime, r.Run.Project.Commit))!.Run.Project.Commit;
        return new SelectedRuns(newest, $"{reference} ({CommitId.Short(newest)})", runs.Where(r => r.Run.Project.Commit == newest).ToArray());
    }

    /// <summary>Base for <paramref name="head"/>: its runs' merge base when base is "auto" (or names the PR's target branch and the runs carry one); else <see cref="Select"/>.</summary>
    public static SelectedRuns SelectBase(IReadOnlyList<RunResult> runs, string? reference, SelectedRuns head)
    {
        var mergeBase = head.Runs.Select(r => r.Run.Project.BaseCommit).FirstOrDefault(c => !string.IsNullOrEmpty(c));
        if (reference is null || reference == Auto || (mergeBase is not null && runs.All(r => !Matches(r.Run.Project.Commit, reference)) && head.Runs.Any(r => r.Run.Project.PullRequest is not null)))
        {
            if (mergeBase is null)
            {
                throw new ArgumentException($"head {head.Label} names no merge base (project.baseCommit); give the base commit or branch");
            }

            var atBase = runs.Where(r => string.Equals(r.Run.Project.Commit, mergeBase, StringComparison.OrdinalIgnoreCase)).ToArray();
            if (atBase.Length == 0)
            {
                throw new ArgumentException($"no runs at head's merge base {CommitId.Short(mergeBase)}: measure it first");
            }

            return new SelectedRuns(mergeBase, $"merge base {CommitId.Short(mergeBase)}", atBase);
        }

        return Select(runs, reference);
    }

    private static bool Matches(string commit, string reference) =>
        reference.Length >= 7 && reference.All(Uri.IsHexDigit) && commit.StartsWith(reference, StringComparison.OrdinalIgnoreCase);
}
