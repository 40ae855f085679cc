using LibGit2Sharp;
using StaticBench.Store.Git;
using StaticBench.Store.Recording;
using StaticBench.Testing;

namespace StaticBench.Store.Tests.Recording;

/// <summary>Issue 15 items 6 and 7: a killed record never leaves a trap in a checked-out repository, and
/// <c>--push</c> never reports success for a commit that stays in a local clone.</summary>
public class RecordingSafetyTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose()
    {
        LocalBranchTarget.BeforeMoveForTests = null;
        _dir.Dispose();
    }

    [Fact]
    public void Issue15_a_record_killed_before_the_branch_moves_leaves_additions_staged_never_deletions()
    {
        // Given a non-bare repository with main checked out and one run recorded
        var work = _dir.Combine("work");
        GitProcess.Run("init", "-q", "-b", "main", work);
        Recorder.Record(new RecordOptions(work, [ResultFiles.Write(_dir.Combine("in"), new RunResultBuilder("run-1").Build())]));

        // When a second record dies between its last two steps (here: an exception where a kill -9 would land)
        LocalBranchTarget.BeforeMoveForTests = () => throw new InvalidOperationException("killed");
        Should.Throw<InvalidOperationException>(() =>
            Recorder.Record(new RecordOptions(work, [ResultFiles.Write(_dir.Combine("in"), new RunResultBuilder("run-2").Build())])));
        LocalBranchTarget.BeforeMoveForTests = null;

        // Then git shows the new run staged as an addition and no recorded file as deleted,
        // so a plain `git commit` there adds a run instead of deleting one
        var status = GitProcess.Run("-C", work, "status", "--porcelain");
        status.Split('\n').ShouldNotContain(line => line.StartsWith('D') || line.StartsWith(" D", StringComparison.Ordinal));
        status.ShouldContain("A  results/2026/11/21/run-2.json");

        // And the next record completes the branch
        Recorder.Record(new RecordOptions(work, [ResultFiles.Write(_dir.Combine("in"), new RunResultBuilder("run-2").Build())]));
        GitProcess.Run("-C", work, "status", "--porcelain").ShouldBeEmpty();
        DataRepositories.Files(work, "main").Keys.Order().ShouldBe(["results/2026/11/21/run-1.json", "results/2026/11/21/run-2.json"]);
    }

    [Fact]
    public void The_first_record_into_an_empty_checked_out_repository_leaves_git_status_clean()
    {
        // Given a fresh non-bare repository whose HEAD names a branch with no commit yet
        var work = _dir.Combine("fresh");
        GitProcess.Run("init", "-q", "-b", "master", work);

        // When a run is recorded into branch main
        Recorder.Record(new RecordOptions(work, [ResultFiles.Write(_dir.Combine("in"), new RunResultBuilder("run-1").Build())]));

        // Then HEAD follows main and index and work tree hold the run
        GitProcess.Run("-C", work, "status", "--porcelain").ShouldBeEmpty();
        GitProcess.Run("-C", work, "symbolic-ref", "HEAD").Trim().ShouldBe("refs/heads/main");
    }

    [Fact]
    public void Issue15_push_into_a_clone_is_refused_and_nothing_is_committed()
    {
        // Given a central bare repository and a clone of it
        var central = DataRepositories.InitBare(_dir.Combine("central.git"));
        Recorder.Record(new RecordOptions(central, [ResultFiles.Write(_dir.Combine("in"), new RunResultBuilder("run-1").Build())]));
        var clone = _dir.Combine("clone");
        GitProcess.Run("clone", "-q", central, clone);
        var before = DataRepositories.Tip(clone, "main");

        // When a run is recorded into the clone with --push
        var file = ResultFiles.Write(_dir.Combine("in"), new RunResultBuilder("run-2").Build());
        var error = Should.Throw<DataRepositoryException>(() => Recorder.Record(new RecordOptions(clone, [file], Push: true)));

        // Then it says why and what to do, and neither repository changed
        error.Message.ShouldContain("is a clone");
        error.Message.ShouldContain($"--data {central}");
        DataRepositories.Tip(clone, "main").ShouldBe(before);
        DataRepositories.Files(central, "main").Count.ShouldBe(1);

        // And the central repository itself (no remotes) takes --push as recording in place
        Recorder.Record(new RecordOptions(central, [file], Push: true)).Added.ShouldHaveSingleItem();
    }
}
