using StaticBench.Analysis.Series;
using StaticBench.Schema.Model;
using StaticBench.Testing;

namespace StaticBench.Analysis.Tests.Series;

public class SeriesBuilderTests
{
    private static readonly DateTimeOffset T0 = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    internal static RecordedRun Recorded(RunResultBuilder builder, int minute = 0)
    {
        var run = builder.Build();
        return new RecordedRun(run, $"results/{run.Run.Id}.json", new string('d', 40), T0.AddMinutes(minute));
    }

    private static RunResultBuilder Run(string id, int commit, params int[] parents) =>
        new RunResultBuilder(id)
            .AtCommit(RunResultBuilder.Commit(commit), T0.AddHours(commit), parents.Select(RunResultBuilder.Commit).ToArray())
            .StartedAt(T0.AddDays(commit));

    [Fact]
    public void Groups_results_by_series_key_across_runs_and_machines()
    {
        var set = SeriesBuilder.BuildSeries([
            Recorded(Run("r1", 1).WithResult("sort/quick", "compile", 10).WithResult("sort/quick", "execute", 20)),
            Recorded(Run("r2", 2, 1).WithResult("sort/quick", "compile", 11).WithResult("sort/quick", "execute", 21)),
            Recorded(Run("r3", 2, 1).OnMachine("arm-1").WithResult("sort/quick", "compile", 30)),
        ]);

        set.Series.Count.ShouldBe(3);
        var compile = set.Series.Single(s => s.Key.Phase == "compile" && s.Key.Machine == "x86-bench-1");
        compile.Points.Select(p => p.Median).ShouldBe([10, 11]);
        compile.Key.Engine.ShouldBe("v8/optimizing");
        compile.Unit.ShouldBe("ns");
        set.Series.Single(s => s.Key.Machine == "arm-1").Points.Single().RunIds.ShouldBe(["r3"]);
    }

    [Fact]
    public void A_long_history_keeps_every_observation_newest_first_and_every_point_in_history_order()
    {
        // Given 1,200 runs on two machines, recorded in shuffled order, some without one of the results
        // (long enough for the grouping to run in slices on several cores)
        var runs = Enumerable.Range(1, 1200)
            .Select(i =>
            {
                var run = Run($"r{i:0000}", i, i - 1).OnMachine(i % 2 == 0 ? "arm-1" : "x86-1").WithResult("b", "compile", i);
                return Recorded(i % 7 == 0 ? run : run.WithResult("b", "execute", 2 * i), minute: i);
            })
            .OrderBy(r => (r.Run.Run.Id.GetHashCode() & 0xffff, r.Run.Run.Id))
            .ToArray();

        var set = SeriesBuilder.BuildSeries(runs);

        // Then each series has every run that measured it, newest started first, and its points in commit order
        set.Series.Count.ShouldBe(4);
        foreach (var series in set.Series)
        {
            var expected = runs
                .Where(r => r.Run.Run.Machine.Name == series.Key.Machine && r.Run.Results.Any(x => x.Phase == series.Key.Phase))
                .OrderByDescending(r => r.Run.Run.Started)
                .Select(r => r.Run.Run.Id)
                .ToArray();
            series.Observations.Select(o => o.Run.Id).ShouldBe(expected);
            series.Points.Select(p => p.RunIds.Single()).ShouldBe(expected.Reverse());
        }
    }

    [Fact]
    public void Points_follow_project_history_not_recording_order()
    {
        // Commit 3 was benchmarked first (recorded at minute 0), its parent 2 backfilled later.
        var set = SeriesBuilder.BuildSeries([
            Recorded(Run("late", 3, 2).WithResult("b", "p", 3), minute: 0),
            Recorded(Run("first", 1).WithResult("b", "p", 1), minute: 1),
            Recorded(Run("backfill", 2, 1).WithResult("b", "p", 2), minute: 2),
        ]);

        set.Series.Single().Points.Select(p => p.Median).ShouldBe([1, 2, 3]);
        set.Series.Single().Latest!.Value.Commit.ShouldBe(RunResultBuilder.Commit(3));
    }

    [Fact]
    public void Pull_request_and_branch_runs_stay_out_of_the_trend_but_in_the_observations()
    {
        var set = SeriesBuilder.BuildSeries([
            Recorded(Run("m1", 1).WithResult("b", "p", 100)),
            Recorded(Run("m2", 2, 1).WithResult("b", "p", 110)),
            Recorded(Run("feature", 3, 2).OnBranch("feature/x").WithResult("b", "p", 5)),
        ]);

        var series = set.Series.Single();
        set.MainBranch.ShouldBe("main");
        series.Points.Select(p => p.Median).ShouldBe([100, 110]);
        series.Observations.Count.ShouldBe(3);
        series.Observations.Single(o => o.Run.Id == "feature").OnTrend.ShouldBeFalse();
        series.Observations[0].Run.Id.ShouldBe("feature"); // newest first
    }

    [Fact]
    public void A_pull_request_run_reported_on_the_main_branch_is_still_off_trend()
    {
        var pr = Run("pr", 3, 2).WithResult("b", "p", 1).Build();
        pr = pr with { Run = pr.Run with { Project = pr.Run.Project with { PullRequest = 42 } } };

        var set = SeriesBuilder.BuildSeries([
            Recorded(Run("m1", 1).WithResult("b", "p", 100)),
            Recorded(Run("m2", 2, 1).WithResult("b", "p", 110)),
            new RecordedRun(pr, "results/pr.json", new string('d', 40), T0),
        ]);

        set.Series.Single().Points.Count.ShouldBe(2);
        set.IsOnTrend(pr.Run).ShouldBeFalse();
        set.RunsNewestFirst.Select(r => r.Run.Run.Id).ShouldBe(["pr", "m2", "m1"]);
    }

    [Fact]
    public void Runs_at_the_same_commit_pool_samples_into_one_point()
    {
        var set = SeriesBuilder.BuildSeries([
            Recorded(Run("a", 1).WithResult("b", "p", 1, 2, 3)),
            Recorded(Run("b", 1).WithResult("b", "p", 10, 11), minute: 5),
        ]);

        var point = set.Series.Single().Points.Single();
        point.Median.ShouldBe(3); // median of 1,2,3,10,11, not the mean of medians (6.25)
        point.Min.ShouldBe(1);
        point.Max.ShouldBe(11);
        point.SampleCount.ShouldBe(5);
        point.RunIds.ShouldBe(["a", "b"]);
    }

    [Theory]
    [InlineData(Better.Lower, 100, 90, ChangeVerdict.Improvement)]
    [InlineData(Better.Lower, 100, 110, ChangeVerdict.Regression)]
    [InlineData(Better.Higher, 100, 110, ChangeVerdict.Improvement)]
    [InlineData(Better.Higher, 100, 90, ChangeVerdict.Regression)]
    [InlineData(Better.Higher, 100, 100.5, ChangeVerdict.Neutral)]
    public void Change_is_direction_aware(Better better, double previous, double latest, ChangeVerdict verdict)
    {
        BenchmarkResult Result(double v) => new()
        {
            Benchmark = "b", Phase = "p", Metric = "throughput", Unit = "ops/s", Better = better, Samples = [v],
        };

        var set = SeriesBuilder.BuildSeries([
            Recorded(Run("a", 1).WithResult(Result(previous))),
            Recorded(Run("b", 2, 1).WithResult(Result(latest))),
        ]);

        var change = set.Series.Single().Change!;
        change.Verdict.ShouldBe(verdict);
        change.Ratio.ShouldBe((latest - previous) / previous, 1e-12);
    }

    [Fact]
    public void A_series_mixing_units_is_reported_and_only_its_main_unit_plotted()
    {
        BenchmarkResult Size(string unit, double v) => new()
        {
            Benchmark = "b", Phase = "p", Metric = "m", Unit = unit, Better = Better.Lower, Samples = [v],
        };

        var set = SeriesBuilder.BuildSeries([
            Recorded(Run("a", 1).WithResult(Size("bytes", 10))),
            Recorded(Run("b", 2, 1).WithResult(Size("bytes", 11))),
            Recorded(Run("c", 3, 2).WithResult(Size("ns", 99))),
        ]);

        var series = set.Series.Single();
        series.Unit.ShouldBe("bytes");
        series.Points.Select(p => p.Median).ShouldBe([10, 11]);
        series.Observations.Single(o => o.Run.Id == "c").OnTrend.ShouldBeFalse();
        set.Warnings.Single().ShouldContain("mixes units");
    }

    [Fact]
    public void Main_branch_defaults_to_the_most_common_branch()
    {
        var set = SeriesBuilder.BuildSeries([
            Recorded(Run("a", 1).OnBranch("trunk").WithResult("b", "p", 1)),
            Recorded(Run("b", 2, 1).OnBranch("trunk").WithResult("b", "p", 2)),
            Recorded(Run("c", 3, 2).OnBranch("main").WithResult("b", "p", 3)),
        ]);

        set.MainBranch.ShouldBe("trunk");
        set.Series.Single().Points.Count.ShouldBe(2);
    }
}
