using LibGit2Sharp;
using StaticBench.Store.Git;
using StaticBench.Store.Recording;
using StaticBench.Testing;

namespace StaticBench.Store.Tests.Recording;

public class RecorderTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    private string Inputs => _dir.Combine("inputs");

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Empty_repository_gets_its_branch_created_with_the_result_and_HEAD_pointing_at_it()
    {
        // Given an empty bare repository
        var data = DataRepositories.InitBare(_dir.Combine("data.git"));
        var file = ResultFiles.Write(Inputs, new RunResultBuilder("run-1").Build());

        // When a run is recorded
        var outcome = Recorder.Record(new RecordOptions(data, [file]));

        // Then branch main exists with the file at its layout path, and clones would check it out
        outcome.CommitId.ShouldBe(DataRepositories.Tip(data, "main"));
        outcome.Added.ShouldBe(["results/2026/11/21/run-1.json"]);
        DataRepositories.Files(data, "main").Keys.ShouldBe(["results/2026/11/21/run-1.json"]);
        using var repository = new Repository(data);
        repository.Refs.Head.TargetIdentifier.ShouldBe("refs/heads/main");
    }

    [Fact]
    public void The_original_bytes_are_stored_not_a_reformatted_copy()
    {
        // Given a valid result file formatted by hand (compact, unusual number spelling)
        var data = DataRepositories.InitBare(_dir.Combine("data.git"));
        var canonical = StaticBench.Schema.Json.ResultJson.SerializeToString(new RunResultBuilder("run-raw").Build());
        var raw = System.Text.Json.Nodes.JsonNode.Parse(canonical)!.ToJsonString() + "\n";
        var file = ResultFiles.WriteRaw(Inputs, "raw.json", raw);

        // When it is recorded
        Recorder.Record(new RecordOptions(data, [file], DataFolder: "bench"));

        // Then the repository holds exactly those bytes, under the data folder
        DataRepositories.Files(data, "main")["bench/results/2026/11/21/run-raw.json"].ShouldBe(File.ReadAllBytes(file));
    }

    [Fact]
    public void Recording_the_same_run_twice_keeps_one_file_and_one_commit()
    {
        // Given a run already recorded
        var data = DataRepositories.InitBare(_dir.Combine("data.git"));
        var file = ResultFiles.Write(Inputs, new RunResultBuilder("run-1").Build());
        var first = Recorder.Record(new RecordOptions(data, [file]));

        // When it is recorded again
        var second = Recorder.Record(new RecordOptions(data, [file]));

        // Then nothing new is committed and the file is reported as already there
        second.CommitId.ShouldBeNull();
        second.AlreadyRecorded.ShouldBe(["results/2026/11/21/run-1.json"]);
        DataRepositories.History(data, "main").Select(c => c.Id).ShouldBe([first.CommitId!]);
    }

    [Fact]
    public void Same_run_id_with_different_content_is_refused_and_nothing_is_committed()
    {
        // Given run-1 recorded, and a new file reusing its id with other samples next to a fresh run
        var data = DataRepositories.InitBare(_dir.Combine("data.git"));
        Recorder.Record(new RecordOptions(data, [ResultFiles.Write(Inputs, new RunResultBuilder("run-1").Build())]));
        var tip = DataRepositories.Tip(data, "main");
        var changed = ResultFiles.Write(_dir.Combine("again"), new RunResultBuilder("run-1").WithResult("suite/x", "execute", 5).Build());
        var fresh = ResultFiles.Write(_dir.Combine("again"), new RunResultBuilder("run-2").Build());

        // When both are recorded in one call
        var error = Should.Throw<DataRepositoryException>(() => Recorder.Record(new RecordOptions(data, [fresh, changed])));

        // Then the call is refused as a whole
        error.Message.ShouldContain("run id run-1 already recorded with different content");
        DataRepositories.Tip(data, "main").ShouldBe(tip);
    }

    [Fact]
    public void With_keep_existing_a_rerecorded_run_id_keeps_the_first_content_and_the_rest_is_added()
    {
        // Given run-1 recorded, then a retry of the same job that measured other numbers under the same id
        var data = DataRepositories.InitBare(_dir.Combine("data.git"));
        var original = ResultFiles.Write(Inputs, new RunResultBuilder("run-1").Build());
        Recorder.Record(new RecordOptions(data, [original]));
        var changed = ResultFiles.Write(_dir.Combine("again"), new RunResultBuilder("run-1").WithResult("suite/x", "execute", 5).Build());
        var fresh = ResultFiles.Write(_dir.Combine("again"), new RunResultBuilder("run-2").Build());

        // When both are recorded keeping what exists
        var outcome = Recorder.Record(new RecordOptions(data, [changed, fresh], KeepExisting: true));

        // Then run-1 keeps its first bytes and counts as already recorded; run-2 is added
        outcome.AlreadyRecorded.ShouldBe(["results/2026/11/21/run-1.json"]);
        outcome.Added.ShouldBe(["results/2026/11/21/run-2.json"]);
        DataRepositories.Files(data, "main")["results/2026/11/21/run-1.json"].ShouldBe(File.ReadAllBytes(original));
    }

    [Fact]
    public void An_invalid_file_is_refused_with_its_problems_and_the_branch_does_not_move()
    {
        // Given a recorded run, then a valid file and an invalid one
        var data = DataRepositories.InitBare(_dir.Combine("data.git"));
        Recorder.Record(new RecordOptions(data, [ResultFiles.Write(Inputs, new RunResultBuilder("run-1").Build())]));
        var tip = DataRepositories.Tip(data, "main");
        var valid = ResultFiles.Write(_dir.Combine("more"), new RunResultBuilder("run-2").Build());
        var invalid = ResultFiles.WriteRaw(_dir.Combine("more"), "bad.json", """{"schema":"staticbench/result/v1","run":{}}""");

        // When both are recorded
        var outcome = Recorder.Record(new RecordOptions(data, [valid, invalid]));

        // Then the problems name the file and nothing was committed
        outcome.IsValid.ShouldBeFalse();
        outcome.Problems.ShouldAllBe(p => p.File == invalid);
        outcome.CommitId.ShouldBeNull();
        DataRepositories.Tip(data, "main").ShouldBe(tip);
    }

    [Fact]
    public void The_commit_message_names_run_machine_and_project_commit()
    {
        var data = DataRepositories.InitBare(_dir.Combine("data.git"));
        var run = new RunResultBuilder("run-7").OnMachine("arm-box").AtCommit(RunResultBuilder.Commit(0xbeef)).Build();

        Recorder.Record(new RecordOptions(data, [ResultFiles.Write(Inputs, run)], MessagePrefix: "[ci] "));

        DataRepositories.History(data, "main")[0].Message
            .ShouldBe("[ci] Record run run-7 on arm-box for example/engine@0000000\n");
    }

    [Fact]
    public void Recording_into_a_checked_out_branch_keeps_git_status_clean_and_other_files_alone()
    {
        // Given a non-bare repository with main checked out, one committed file and one untracked file
        var work = _dir.Combine("work");
        Repository.Init(work);
        using (var repository = new Repository(work))
        {
            File.WriteAllText(Path.Combine(work, "README.md"), "data\n");
            Commands.Stage(repository, "README.md");
            var signature = new LibGit2Sharp.Signature("t", "t@localhost", DateTimeOffset.UnixEpoch);
            repository.Commit("init", signature, signature);
            if (repository.Head.CanonicalName != "refs/heads/main")
            {
                repository.Refs.Rename(repository.Head.CanonicalName, "refs/heads/main"); // HEAD follows the rename
            }

            repository.Refs.Head.TargetIdentifier.ShouldBe("refs/heads/main");
        }

        File.WriteAllText(Path.Combine(work, "notes.txt"), "mine\n");

        // When a run is recorded into it
        Recorder.Record(new RecordOptions(work, [ResultFiles.Write(Inputs, new RunResultBuilder("run-1").Build())]));

        // Then the new file is in the work tree and index, and only the untracked file shows in status
        File.Exists(Path.Combine(work, "results", "2026", "11", "21", "run-1.json")).ShouldBeTrue();
        using var after = new Repository(work);
        after.RetrieveStatus(new StatusOptions()).Select(e => (e.FilePath, e.State))
            .ShouldBe([("notes.txt", FileStatus.NewInWorkdir)]);
    }
}
