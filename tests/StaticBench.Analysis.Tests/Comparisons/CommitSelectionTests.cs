using StaticBench.Analysis.Comparisons;
using StaticBench.Testing;

namespace StaticBench.Analysis.Tests.Comparisons;

public class CommitSelectionTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);

    private static Schema.Model.RunResult Run(string id, int commit, int hour, string branch = "main", int? pr = null, int? baseCommit = null)
    {
        var run = new RunResultBuilder(id).AtCommit(RunResultBuilder.Commit(commit), T0.AddHours(hour)).OnBranch(branch).WithResult("a", "compile", 1, 2).Build();
        return run with { Run = run.Run with { Project = run.Run.Project with { PullRequest = pr, BaseCommit = baseCommit is { } b ? RunResultBuilder.Commit(b) : null } } };
    }

    [Fact]
    public void A_pull_request_is_compared_with_its_merge_base_not_the_previous_run()
    {
        // Given main at commits 1..3 and a PR branched from commit 1, measured twice at its head 9
        var runs = new[] { Run("m1", 1, 1), Run("m2", 2, 2), Run("m3", 3, 3), Run("pr-a", 9, 4, "feature", 7, 1), Run("pr-b", 9, 4, "feature", 7, 1) };

        // When head is the PR branch and base is auto (or the target branch name)
        var head = CommitSelection.Select(runs, "feature");
        var auto = CommitSelection.SelectBase(runs, "auto", head);
        var byBranch = CommitSelection.SelectBase(runs, "main", head);

        // Then both PR runs are pooled and base is commit 1, the merge base, not 3
        head.Runs.Select(r => r.Run.Id).ShouldBe(["pr-a", "pr-b"]);
        auto.Commit.ShouldBe(RunResultBuilder.Commit(1));
        byBranch.Commit.ShouldBe(RunResultBuilder.Commit(1));
    }

    [Fact]
    public void Commits_can_be_abbreviated_and_a_branch_means_its_newest_commit()
    {
        // Given two main-branch runs at commits with distinct prefixes
        const string First = "1aaaaaa000000000000000000000000000000001", Second = "2bbbbbb000000000000000000000000000000002";
        var runs = new[] { First, Second }.Select((c, i) => new RunResultBuilder($"m{i}").AtCommit(c, T0.AddHours(i)).WithResult("a", "compile", 1).Build()).ToArray();

        // Then 7 hex digits find a commit, a branch finds its newest commit, and an unknown name is an error
        CommitSelection.Select(runs, "1AAAAAA").Commit.ShouldBe(First);
        CommitSelection.Select(runs, "main").Commit.ShouldBe(Second);
        Should.Throw<ArgumentException>(() => CommitSelection.Select(runs, "nope")).Message.ShouldContain("nope");
    }
}
