using StaticBench.Analysis.Series;
using StaticBench.Schema.Model;
using StaticBench.Testing;

namespace StaticBench.Analysis.Tests.Series;

public class PointSamplesTests
{
    private static readonly DateTimeOffset T0 = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static RecordedRun Run(string id, int commit, int day, double[] samples, string branch = "main")
    {
        var builder = new RunResultBuilder(id)
            .AtCommit(RunResultBuilder.Commit(commit), T0.AddHours(commit), commit == 1 ? [] : [RunResultBuilder.Commit(commit - 1)])
            .StartedAt(T0.AddDays(day))
            .WithResult("b", "p", samples);
        if (branch != "main")
        {
            builder = builder.OnBranch(branch);
        }

        return SeriesBuilderTests.Recorded(builder, day);
    }

    [Fact]
    public void Each_point_from_the_first_asked_gets_every_sample_of_every_run_at_its_commit()
    {
        // Given ten commits, commit 8 measured twice (once long after the others) and commit 9 also by a branch run
        var runs = Enumerable.Range(1, 10).Select(c => Run($"r{c}", c, c, [c, c + 0.5])).ToList();
        runs.Add(Run("again8", 8, 30, [80, 81, 82]));
        runs.Add(Run("branch9", 9, 31, [900], branch: "feature/x"));
        var series = SeriesBuilder.BuildSeries(runs, new SeriesOptions { MainBranch = "main" }).Series.Single();

        // When the samples of the points from index 6 on are gathered
        var samplesAt = PointSamples.Of(series, 6);

        // Then each has its own runs' samples, the re-run pooled in, the branch run left out, and none before index 6
        samplesAt(7).Order().ShouldBe([8, 8.5, 80, 81, 82]);
        samplesAt(8).ShouldBe([9, 9.5]);
        samplesAt(9).ShouldBe([10, 10.5]);
        samplesAt(6).ShouldBe([7, 7.5]);
        samplesAt(5).ShouldBeEmpty();
        samplesAt(10).ShouldBeEmpty();
        for (var i = 6; i < series.Points.Count; i++)
        {
            samplesAt(i).Count.ShouldBe(series.Points[i].SampleCount);
        }
    }
}
