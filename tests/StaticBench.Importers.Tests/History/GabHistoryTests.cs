using StaticBench.Importers.History;
using StaticBench.Schema.Json;
using StaticBench.Schema.Model;
using StaticBench.Schema.Validation;

namespace StaticBench.Importers.Tests.History;

public sealed class GabHistoryTests
{
    private static IReadOnlyList<RunResult> Read() => GabHistory.Read(Fixture.Read("gab/data.js"), new HistoryOptions());

    [Fact]
    public void Each_entry_of_each_suite_is_one_valid_run_at_its_commit_and_time()
    {
        var runs = Read();

        runs.Count.ShouldBe(3);
        runs.ShouldAllBe(r => ResultReader.Read(ResultJson.Serialize(r), r.Run.Id).IsValid);
        var first = runs[0];
        first.Run.Project.Commit.ShouldBe("45d78258e495044a551046f50604da3c893052ce");
        first.Run.Project.CommitTime.ShouldBe(DateTimeOffset.Parse("2019-11-10T00:06:58+09:00"));
        first.Run.Started.ShouldBe(DateTimeOffset.FromUnixTimeMilliseconds(1573312140323));
        first.Run.Project.Repository.ShouldBe("https://github.com/example/project");
        first.Run.Harness.Name.ShouldBe("github-action-benchmark/cargo");
        first.Results.Single(r => r.Benchmark == "Rust Benchmark/bench_fib_20").Samples.ShouldBe([34001]);
    }

    [Fact]
    public void Commits_are_chained_in_time_order_and_subjects_are_first_lines()
    {
        var runs = Read();

        var second = runs.First(r => r.Run.Project.Commit.StartsWith("b840614", StringComparison.Ordinal));
        second.Run.Project.Parents.ShouldBe(["45d78258e495044a551046f50604da3c893052ce"]);
        second.Run.Project.Subject.ShouldBe("second commit");
        runs[0].Run.Project.Parents.ShouldBeEmpty();
    }

    [Fact]
    public void The_tool_sets_the_direction_and_ids_are_the_same_every_time()
    {
        var custom = Read().Single(r => r.Run.Harness.Name.EndsWith("customBiggerIsBetter", StringComparison.Ordinal));

        custom.Results.ShouldAllBe(r => r.Better == Better.Higher);
        Read().Select(r => r.Run.Id).ShouldBe(Read().Select(r => r.Run.Id));
        Read().Select(r => r.Run.Id).Distinct().Count().ShouldBe(3);
    }
}
