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
            .WithResult(new BenchmarkResult { Benchmark = "sort/quick", Phase = "execute", Metric = "wall-time", Unit = "ns", Better = Better.Lower, Samples = [1, 2, 3],
                Engine = new EngineInfo { Name = "v8", Version = "1.0", Config = "default" } })
            .Build();
        var grown = snapshot with { Runs = [.. snapshot.Runs, Snapshots.Recorded(run, 20)] };
        var later = Build(grown, dir.Path, new OutputMemo(again.Used.ToDictionary()));
        (later.Made, later.Kept).ShouldBe((1, 4));
        File.ReadAllText(Path.Combine(dir.Path, "data", "samples", Snapshots.Sha(4) + ".js")).ShouldContain("[1,2,3]");
    }

    private static OutputMemo Build(DataSnapshot snapshot, string folder, OutputMemo memo)
    {
        using (var output = new FileSiteOutput(folder))
        {
            SiteGenerator.Generate(snapshot, SiteHarness.Options with { SampleMemo = memo }, output);
        }

        return memo;
    }
}
