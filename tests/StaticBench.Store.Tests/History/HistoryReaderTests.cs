using LibGit2Sharp;
using StaticBench.Store.Git;
using StaticBench.Store.History;
using StaticBench.Testing;

namespace StaticBench.Store.Tests.History;

public class HistoryReaderTests
{
    private static string ResultPath(string id) => $"results/2026/11/21/{id}.json";

    private static LibGit2Sharp.Commit Tip(ScriptedDataRepository data)
    {
        using var repo = new Repository(data.Path);
        return repo.Head.Tip;
    }

    [Fact]
    public void Reads_every_run_of_a_bare_repository_with_the_commit_that_added_it()
    {
        // Given a bare data repository with two runs recorded in two commits
        using var data = new ScriptedDataRepository();
        var first = data.Commit("run 1", (ResultPath("r1"), new RunResultBuilder("r1").Build()));
        var second = data.Commit("run 2", (ResultPath("r2"), new RunResultBuilder("r2").Build()));

        // When its history is read
        var report = HistoryReader.Read(data.Path, new HistoryOptions());

        // Then both runs are there, each attributed to its own data commit
        report.Snapshot.DataCommit.ShouldBe(second);
        report.Snapshot.Runs.Select(r => (r.Run.Run.Id, r.DataCommit)).ShouldBe([("r1", first), ("r2", second)]);
        report.CommitsWalked.ShouldBe(2);
    }

    [Fact]
    public void Invalid_files_are_skipped_with_a_reason_and_deleted_files_leave()
    {
        // Given a history where one run is later deleted and one file is invalid
        using var data = new ScriptedDataRepository();
        data.Commit("runs", (ResultPath("r1"), new RunResultBuilder("r1").Build()), (ResultPath("r2"), new RunResultBuilder("r2").Build()));
        data.Commit("broken", (ResultPath("bad"), "{\"schema\": \"staticbench/result/v1\"}"));
        data.Commit("withdraw r1", (ResultPath("r1"), null));

        // When it is read
        var snapshot = HistoryReader.Read(data.Path, new HistoryOptions()).Snapshot;

        // Then r1's points are gone, and the build can say what it skipped and why
        snapshot.Runs.Select(r => r.Run.Run.Id).ShouldBe(["r2"]);
        snapshot.Skipped.ShouldHaveSingleItem().Path.ShouldBe(ResultPath("bad"));
        snapshot.Skipped[0].Reason.ShouldContain("$.run: is required");
    }

    [Fact]
    public void Only_the_data_folder_is_read_and_markdown_documents_come_along()
    {
        // Given a repository that holds code and a data/ folder (as StaticBench's own repository does)
        using var data = new ScriptedDataRepository(bare: false);
        data.Commit("code", ("src/app.json", "{}"), ("README.md", "# not data"));
        data.Commit("data", ($"data/{ResultPath("r1")}", new RunResultBuilder("r1").Build()), ("data/about.md", "# About"));

        // When the data folder is read
        var snapshot = HistoryReader.Read(data.Path, new HistoryOptions(DataFolder: "data/")).Snapshot;

        // Then paths are relative to it and nothing outside it is seen
        snapshot.Runs.ShouldHaveSingleItem().Path.ShouldBe(ResultPath("r1"));
        snapshot.Documents.ShouldHaveSingleItem().Path.ShouldBe("about.md");
        snapshot.Skipped.ShouldBeEmpty();

        // And the folder is cleaned as record cleans --path, so "./data//" is the same folder
        HistoryReader.Read(data.Path, new HistoryOptions(DataFolder: "./data//")).Snapshot.Runs.ShouldHaveSingleItem().Path.ShouldBe(ResultPath("r1"));
    }

    [Fact]
    public void A_rebuild_reads_only_the_commits_and_files_that_came_since_the_cache()
    {
        // Given a history read once with a cache
        using var data = new ScriptedDataRepository();
        using var scratch = new TempDirectory();
        var options = new HistoryOptions(CacheFile: scratch.Combine("history.json"));
        for (var i = 0; i < 20; i++)
        {
            data.Commit($"run {i}", (ResultPath($"r{i}"), new RunResultBuilder($"r{i}").Build()));
        }

        var full = HistoryReader.Read(data.Path, options);

        // When one more result arrives and the history is read again
        data.Commit("run 20", (ResultPath("r20"), new RunResultBuilder("r20").Build()));
        var incremental = HistoryReader.Read(data.Path, options);

        // Then only the new commit and the new blob are read, and the snapshot is complete
        full.BlobsRead.ShouldBe(20);
        incremental.UsedCache.ShouldBeTrue();
        incremental.CommitsWalked.ShouldBe(1);
        incremental.BlobsRead.ShouldBe(1);
        incremental.Snapshot.Runs.Count.ShouldBe(21);
        static string Describe(StaticBench.Schema.Model.RecordedRun r) => $"{r.Run.Run.Id} {r.Path} {r.DataCommit} {r.RecordedAt:O}";
        incremental.Snapshot.Runs.Select(Describe).ShouldBe(HistoryReader.Read(data.Path, new HistoryOptions()).Snapshot.Runs.Select(Describe));
    }

    [Fact]
    public void Each_rebuild_adds_a_small_segment_to_the_cache_and_every_one_reads_back_as_the_files_say_issue_13()
    {
        // Given a history read once with a cache
        using var data = new ScriptedDataRepository();
        using var scratch = new TempDirectory();
        var cacheFile = scratch.Combine("history.cache");
        var options = new HistoryOptions(CacheFile: cacheFile);
        data.Commit("run 0", (ResultPath("r0"), new RunResultBuilder("r0").Build()), ("notes.md", "# Notes"));
        HistoryReader.Read(data.Path, options);
        var baseBytes = File.ReadAllBytes(cacheFile);

        static string Describe(StaticBench.Schema.Model.DataSnapshot s) => string.Join("\n",
            s.Runs.Select(r => $"{r.Run.Run.Id} {r.Path} {r.DataCommit} {r.RecordedAt:O}")
                .Concat(s.Skipped.Select(k => $"skipped {k.Path}: {k.Reason}"))
                .Concat(s.Documents.Select(d => $"document {d.Path}: {d.Markdown}")));

        // When runs arrive one build at a time, one of them broken, one withdrawn and a document rewritten
        byte[] firstSegment = [];
        for (var i = 1; i <= HistoryCache.MaxSegments + 2; i++)
        {
            var changes = new List<(string, object?)> { (ResultPath($"r{i}"), i == 5 ? "{ broken" : new RunResultBuilder($"r{i}").Build()) };
            if (i == 7)
            {
                changes.Add((ResultPath("r3"), null));
                changes.Add(("notes.md", "# Notes, rewritten"));
            }

            data.Commit($"run {i}", [.. changes]);
            var incremental = HistoryReader.Read(data.Path, options);

            // Then each build reads only what is new and agrees with a read of the whole history
            incremental.UsedCache.ShouldBeTrue();
            incremental.BlobsRead.ShouldBe(i == 7 ? 2 : 1);
            Describe(incremental.Snapshot).ShouldBe(Describe(HistoryReader.Read(data.Path, new HistoryOptions()).Snapshot));

            // And the base file is left alone: the build writes only a segment, until there are too many
            var segments = Directory.GetFiles(scratch.Path, "history.cache.segment-*").Length;
            firstSegment = i == 1 ? File.ReadAllBytes($"{cacheFile}.segment-1") : firstSegment;
            if (i <= HistoryCache.MaxSegments)
            {
                segments.ShouldBe(i);
                File.ReadAllBytes(cacheFile).ShouldBe(baseBytes);
            }
            else
            {
                segments.ShouldBe(i - HistoryCache.MaxSegments - 1);
            }
        }

        // And a segment left behind by an older base is not applied to a new one
        File.WriteAllBytes($"{cacheFile}.segment-2", firstSegment);
        Describe(HistoryReader.Read(data.Path, options).Snapshot).ShouldBe(Describe(HistoryReader.Read(data.Path, new HistoryOptions()).Snapshot));
    }

    [Fact]
    public void A_file_deleted_or_rewritten_leaves_no_blob_behind_in_the_cache_and_new_files_drop_none_issue_13()
    {
        // Given a history of two runs and a document, read once with a cache
        using var data = new ScriptedDataRepository();
        using var scratch = new TempDirectory();
        var cacheFile = scratch.Combine("history.cache");
        var options = new HistoryOptions(CacheFile: cacheFile);
        data.Commit("runs", (ResultPath("r1"), new RunResultBuilder("r1").Build()), (ResultPath("r2"), new RunResultBuilder("r2").Build()), ("notes.md", "# Notes"));
        HistoryReader.Read(data.Path, options);
        static string[] Kept(string file)
        {
            var cache = HistoryCache.Load(file, new StaticBench.Schema.Model.ResultInterner())!;
            cache.Files.Select(f => DataBranchFiles.BlobKey(f.Key, f.Value.Blob)).Order().ShouldBe(cache.Blobs.Keys.Order(), "the blobs are not those of the files");
            return [.. cache.Files.Keys.Order()];
        }

        // When a run arrives, then one is withdrawn and the document rewritten, each read through the cache
        data.Commit("run 3", (ResultPath("r3"), new RunResultBuilder("r3").Build()));
        HistoryReader.Read(data.Path, options);
        var afterNew = Kept(cacheFile);
        data.Commit("withdraw r1, rewrite notes", (ResultPath("r1"), null), ("notes.md", "# Notes, rewritten"));
        var last = HistoryReader.Read(data.Path, options);

        // Then the cache keeps exactly the blobs of the files there are
        afterNew.ShouldBe(["notes.md", ResultPath("r1"), ResultPath("r2"), ResultPath("r3")]);
        Kept(cacheFile).ShouldBe(["notes.md", ResultPath("r2"), ResultPath("r3")]);
        last.Snapshot.Documents.ShouldHaveSingleItem().Markdown.ShouldBe("# Notes, rewritten");
    }

    [Fact]
    public void What_the_cache_kept_reads_back_exactly_as_the_files_say_issue_13()
    {
        // Given a history with every kind of file: a run using every optional field, a document, an acknowledgement,
        // the settings, and a broken file
        using var data = new ScriptedDataRepository();
        using var scratch = new TempDirectory();
        var run = new RunResultBuilder("full").AtCommit(RunResultBuilder.Commit(2), DateTimeOffset.Parse("2026-11-21T10:00:00+02:00"), RunResultBuilder.Commit(1))
            .WithResult(new StaticBench.Schema.Model.BenchmarkResult
            {
                Benchmark = "sort/quick", Phase = "compile", Metric = "wall-time", Unit = "ns", Better = StaticBench.Schema.Model.Better.Higher,
                Samples = [1.5, 2.25, 1e-9], Summary = new StaticBench.Schema.Model.SampleSummary { N = 3, Min = 1e-9, Median = 1.5, Max = 2.25 }, Exact = true,
                Engine = new StaticBench.Schema.Model.EngineInfo { Name = "v8", Version = "11.3", Config = "optimizing", Flags = "--no-liftoff" },
                Parameters = new Dictionary<string, StaticBench.Schema.Model.ParameterValue>
                {
                    ["n"] = StaticBench.Schema.Model.ParameterValue.Of(1000), ["kind"] = StaticBench.Schema.Model.ParameterValue.Of("hex"),
                    ["simd"] = StaticBench.Schema.Model.ParameterValue.Of(true),
                },
            })
            .Build();
        run = run with { Run = run.Run with { Project = run.Run.Project with { PullRequest = 12, BaseCommit = RunResultBuilder.Commit(1) },
            Machine = run.Run.Machine with { Kernel = "6.1", Tools = new Dictionary<string, string> { ["node"] = "20" } } } };
        data.Commit("all kinds",
            (ResultPath("full"), run),
            ("about.md", "# About\nÜber ✓"),
            ("acknowledgements/a.json", "{\"series\": \"abc\", \"commit\": \"1234567\", \"note\": \"known\"}"),
            ("staticbench.json", "{\"minEffect\": 0.02, \"benchmarkMinEffect\": {\"sort/quick\": 0.05}}"),
            (ResultPath("broken"), "{ nope"));
        var options = new HistoryOptions(CacheFile: scratch.Combine("history.cache"));
        HistoryReader.Read(data.Path, options);

        // When the history is read again from the cache alone
        var cached = HistoryReader.Read(data.Path, options);
        var fresh = HistoryReader.Read(data.Path, new HistoryOptions());

        // Then the snapshot is the one the files give, field for field
        cached.UsedCache.ShouldBeTrue();
        cached.BlobsRead.ShouldBe(0);
        cached.Snapshot.Runs.Select(r => StaticBench.Schema.Json.ResultJson.SerializeToString(r.Run) + r.Path + r.DataCommit + r.RecordedAt.ToString("O"))
            .ShouldBe(fresh.Snapshot.Runs.Select(r => StaticBench.Schema.Json.ResultJson.SerializeToString(r.Run) + r.Path + r.DataCommit + r.RecordedAt.ToString("O")));
        cached.Snapshot.Documents.ShouldBe(fresh.Snapshot.Documents);
        cached.Snapshot.Skipped.ShouldBe(fresh.Snapshot.Skipped);
        cached.Snapshot.Acknowledgements.ShouldBe(fresh.Snapshot.Acknowledgements);
        cached.Snapshot.Settings.MinEffect.ShouldBe(0.02);
        cached.Snapshot.Settings.BenchmarkMinEffect.ShouldBe(fresh.Snapshot.Settings.BenchmarkMinEffect);
    }

    [Fact]
    public void Results_differing_only_in_direction_or_exactness_read_back_from_the_cache_as_the_files_say_issue_13()
    {
        // Given runs whose results share benchmark, engine, phase, metric and unit (the cache writes such a header once
        // and refers to it after that) but say different things about which way is better and whether it is exact
        using var data = new ScriptedDataRepository();
        using var scratch = new TempDirectory();
        static StaticBench.Schema.Model.BenchmarkResult Result(StaticBench.Schema.Model.Better better, bool? exact, double sample) => new()
        {
            Benchmark = "sort/quick", Phase = "compile", Metric = "wall-time", Unit = "ns", Better = better, Exact = exact, Samples = [sample],
            Engine = new StaticBench.Schema.Model.EngineInfo { Name = "v8", Config = "optimizing" },
        };
        data.Commit("r1", (ResultPath("r1"), new RunResultBuilder("r1").WithResult(Result(StaticBench.Schema.Model.Better.Lower, null, 10)).Build()));
        data.Commit("r2", (ResultPath("r2"), new RunResultBuilder("r2").WithResult(Result(StaticBench.Schema.Model.Better.Higher, null, 20)).Build()));
        data.Commit("r3", (ResultPath("r3"), new RunResultBuilder("r3").WithResult(Result(StaticBench.Schema.Model.Better.Lower, true, 30)).Build()));
        data.Commit("r4", (ResultPath("r4"), new RunResultBuilder("r4").WithResult(Result(StaticBench.Schema.Model.Better.Lower, null, 40)).Build()));
        var options = new HistoryOptions(CacheFile: scratch.Combine("history.cache"));
        HistoryReader.Read(data.Path, options);

        // When the history is read again from the cache alone
        var cached = HistoryReader.Read(data.Path, options);

        // Then each result is the one its file holds
        cached.UsedCache.ShouldBeTrue();
        cached.BlobsRead.ShouldBe(0);
        cached.Snapshot.Runs.Select(r => StaticBench.Schema.Json.ResultJson.SerializeToString(r.Run))
            .ShouldBe(HistoryReader.Read(data.Path, new HistoryOptions()).Snapshot.Runs.Select(r => StaticBench.Schema.Json.ResultJson.SerializeToString(r.Run)));
        cached.Snapshot.Runs.Select(r => (r.Run.Results[0].Better, r.Run.Results[0].Exact, r.Run.Results[0].Samples[0]))
            .ShouldBe(new (StaticBench.Schema.Model.Better, bool?, double)[]
            {
                (StaticBench.Schema.Model.Better.Lower, null, 10), (StaticBench.Schema.Model.Better.Higher, null, 20),
                (StaticBench.Schema.Model.Better.Lower, true, 30), (StaticBench.Schema.Model.Better.Lower, null, 40),
            });
    }

    [Fact]
    public void A_cache_written_in_another_format_version_is_read_again_from_the_repository_issue_13()
    {
        // Given a cache file that says it is of the previous format version
        using var data = new ScriptedDataRepository();
        using var scratch = new TempDirectory();
        var cacheFile = scratch.Combine("history.cache");
        var options = new HistoryOptions(CacheFile: cacheFile);
        data.Commit("r1", (ResultPath("r1"), new RunResultBuilder("r1").Build()));
        HistoryReader.Read(data.Path, options);
        var bytes = File.ReadAllBytes(cacheFile);
        BitConverter.GetBytes(HistoryCache.CurrentVersion - 1).CopyTo(bytes, 4);
        File.WriteAllBytes(cacheFile, bytes);

        // When the history is read with it
        var report = HistoryReader.Read(data.Path, options);

        // Then the cache is not used, the run comes from the repository, and the cache is written anew in this version
        report.UsedCache.ShouldBeFalse();
        report.BlobsRead.ShouldBe(1);
        report.Snapshot.Runs.ShouldHaveSingleItem().Run.Run.Id.ShouldBe("r1");
        BitConverter.ToInt32(File.ReadAllBytes(cacheFile), 4).ShouldBe(HistoryCache.CurrentVersion);
    }

    [Fact]
    public void A_cache_from_a_rewritten_history_is_not_trusted()
    {
        // Given a cache built on a branch that is then reset to an older commit and grown differently
        using var data = new ScriptedDataRepository();
        using var scratch = new TempDirectory();
        var options = new HistoryOptions(CacheFile: scratch.Combine("history.json"));
        data.Commit("r1", (ResultPath("r1"), new RunResultBuilder("r1").Build()));
        var keep = Tip(data);
        data.Commit("r2", (ResultPath("r2"), new RunResultBuilder("r2").Build()));
        HistoryReader.Read(data.Path, options);
        using (var repo = new Repository(data.Path))
        {
            repo.Refs.UpdateTarget(repo.Refs["refs/heads/main"], keep.Id, "force-push");
        }

        data.Commit("r3", (ResultPath("r3"), new RunResultBuilder("r3").Build()));

        // When it is read again
        var report = HistoryReader.Read(data.Path, options);

        // Then the cache is ignored and r2, which is no longer in the history, is gone
        report.UsedCache.ShouldBeFalse();
        report.Snapshot.Runs.Select(r => r.Run.Run.Id).ShouldBe(["r1", "r3"]);
    }

    [Fact]
    public void A_run_id_recorded_twice_under_two_paths_counts_once()
    {
        using var data = new ScriptedDataRepository();
        data.Commit("first", (ResultPath("r1"), new RunResultBuilder("r1").Build()));
        data.Commit("again", ("results/2026/11/22/r1.json", new RunResultBuilder("r1").StartedAt(DateTimeOffset.Parse("2026-11-22T00:00:00Z")).Build()));

        var snapshot = HistoryReader.Read(data.Path, new HistoryOptions()).Snapshot;

        snapshot.Runs.ShouldHaveSingleItem().Path.ShouldBe(ResultPath("r1"));
        snapshot.Skipped.ShouldHaveSingleItem().Reason.ShouldContain("already recorded in results/2026/11/21/r1.json");
    }

    [Fact]
    public void A_shallow_clone_is_refused_with_the_fix()
    {
        // Given a shallow clone (made with git itself: libgit2 1.5 cannot make one)
        using var data = new ScriptedDataRepository();
        data.Commit("r1", (ResultPath("r1"), new RunResultBuilder("r1").Build()));
        data.Commit("r2", (ResultPath("r2"), new RunResultBuilder("r2").Build()));
        using var scratch = new TempDirectory();
        var clone = scratch.Combine("clone");
        GitProcess.Run("clone", "--quiet", "--depth", "1", "--bare", $"file://{data.Path}", clone);

        // When it is read, then the error says what to do
        var error = Should.Throw<DataRepositoryException>(() => HistoryReader.Read(clone, new HistoryOptions()));
        error.Message.ShouldContain("git fetch --unshallow");
    }

    [Fact]
    public void An_unknown_branch_names_the_ones_that_exist()
    {
        using var data = new ScriptedDataRepository();
        data.Commit("r1", (ResultPath("r1"), new RunResultBuilder("r1").Build()));

        Should.Throw<DataRepositoryException>(() => HistoryReader.Read(data.Path, new HistoryOptions(Branch: "results")))
            .Message.ShouldContain("it has: main");
    }

    [Fact]
    public void An_empty_repository_gives_an_empty_snapshot()
    {
        using var data = new ScriptedDataRepository();

        HistoryReader.Read(data.Path, new HistoryOptions()).Snapshot.Runs.ShouldBeEmpty();
    }

    [Fact]
    public void Issue15_the_same_bytes_as_a_document_and_as_a_result_are_each_read_as_what_their_path_says()
    {
        // Given a run whose exact bytes are also kept as a Markdown file, which is read first (sorted before results/)
        using var data = new ScriptedDataRepository();
        var bytes = StaticBench.Schema.Json.ResultJson.Serialize(new RunResultBuilder("r1").Build());
        data.Commit("copy", ("notes/a-copy.md", bytes), (ResultPath("r1"), bytes));

        // When the history is read, without a cache and then with a fresh one
        using var scratch = new TempDirectory();
        foreach (var options in new[] { new HistoryOptions(), new HistoryOptions(CacheFile: scratch.Combine("history.cache")) })
        {
            var snapshot = HistoryReader.Read(data.Path, options).Snapshot;

            // Then the run is a run and the document a document (keyed by blob id alone, the run vanished)
            snapshot.Runs.ShouldHaveSingleItem().Path.ShouldBe(ResultPath("r1"));
            snapshot.Documents.ShouldHaveSingleItem().Path.ShouldBe("notes/a-copy.md");
        }
    }
}
