using StaticBench.Schema.Model;
using StaticBench.Site.Output;
using StaticBench.Site.Tests.Support;
using StaticBench.Testing;

namespace StaticBench.Site.Tests.Pages;

public class SampleShardsTests
{
    [Fact]
    public void A_rebuild_keeps_the_sample_files_whose_samples_did_not_change_and_writes_the_new_one()
    {
        // Given a site built into a folder with a memo of its sample files
        using var dir = new TempDirectory();
        var snapshot = Snapshots.Small();
        var first = Build(snapshot, dir.Path, new OutputMemo());
        (first.Remembered, first.Made).ShouldBe((0, 4)); // three commits and the pull request's head

        // When the same data is built again, then every file is kept, none made
        var again = Build(snapshot, dir.Path, new OutputMemo(first.Used.ToDictionary()));
        (again.Remembered, again.Made, again.Kept).ShouldBe((4, 0, 4));

        // When a run at a new commit arrives, then only its file is made, and it holds its samples
        var run = new RunResultBuilder("run-4").AtCommit(Snapshots.Sha(4), Snapshots.T0.AddHours(4), Snapshots.Sha(3))
            .WithResult(Result("sort/quick", [1, 2, 3]))
            .Build();
        var grown = snapshot with { Runs = [.. snapshot.Runs, Snapshots.Recorded(run, 20)] };
        var later = Build(grown, dir.Path, new OutputMemo(again.Used.ToDictionary()));
        (later.Made, later.Kept).ShouldBe((1, 4));
        ShardOf(dir, 4).ShouldContain("[1,2,3]");
    }

    [Fact]
    public void A_rebuild_makes_again_the_sample_file_of_a_commit_whose_runs_changed_and_only_it()
    {
        // Given a site built into a folder with a memo of its sample files
        using var dir = new TempDirectory();
        var snapshot = Snapshots.Small();
        var first = Build(snapshot, dir.Path, new OutputMemo());

        // When a second run arrives at the second commit, then only that commit's file is made, pooling both runs
        var rerun = new RunResultBuilder("run-2b").AtCommit(Snapshots.Sha(2), Snapshots.T0.AddHours(2), Snapshots.Sha(1)).StartedAt(Snapshots.T0.AddHours(6))
            .WithResult(Result("parse/json", [7, 8, 9]))
            .Build();
        var rerunAdded = snapshot with { Runs = [.. snapshot.Runs, Snapshots.Recorded(rerun, 30)] };
        var second = Build(rerunAdded, dir.Path, new OutputMemo(first.Used.ToDictionary()));
        (second.Made, second.Kept).ShouldBe((1, 3));
        ShardOf(dir, 2).ShouldContain("[7,8,9,39201.96,40002,41202.06]");

        // When the third commit's file is changed in the data repository (the same path, added by another data commit),
        // then only that commit's file is made, with the changed samples
        var third = snapshot.Runs[2];
        var edited = third with { Run = new RunResultBuilder("run-3").AtCommit(Snapshots.Sha(3), Snapshots.T0.AddHours(3), Snapshots.Sha(2))
            .WithResult(Result("parse/json", [5, 6]))
            .Build(), DataCommit = new string('e', 40) };
        var changed = rerunAdded with { Runs = [.. rerunAdded.Runs.Select(r => r == third ? edited : r)] };
        var last = Build(changed, dir.Path, new OutputMemo(second.Used.ToDictionary()));
        (last.Made, last.Kept).ShouldBe((1, 3));
        ShardOf(dir, 3).ShouldContain("[5,6]");
    }

    /// <summary>The text of the sample file of the snapshot's commit <paramref name="n"/> in the site built into <paramref name="dir"/>.</summary>
    private static string ShardOf(TempDirectory dir, int n) => File.ReadAllText(Path.Combine(dir.Path, "data", "samples", Snapshots.Sha(n) + ".js"));

    /// <summary>A result of <paramref name="benchmark"/> on v8, as the small snapshot's runs have.</summary>
    private static BenchmarkResult Result(string benchmark, double[] samples) => new()
    {
        Benchmark = benchmark, Phase = "execute", Metric = "wall-time", Unit = "ns", Better = Better.Lower, Samples = samples,
        Engine = new EngineInfo { Name = "v8", Version = "1.0", Config = "default" },
    };

    private static OutputMemo Build(DataSnapshot snapshot, string folder, OutputMemo memo)
    {
        using (var output = new FileSiteOutput(folder))
        {
            SiteGenerator.Generate(snapshot, SiteHarness.Options with { SampleMemo = memo }, output);
        }

        return memo;
    }
}
