using StaticBench.ScaleData;
using StaticBench.Testing;

namespace StaticBench.Cli.Tests.Commands;

/// <summary>
/// The scale benchmark (benchmarks/README.md) at a size CI can afford, without timing: what the
/// generator writes is what <c>build</c> reads, an appended run is read alone, and the same options
/// give the same history.
/// </summary>
public class ScaleDataSmokeTests : IDisposable
{
    private static readonly ScaleShape Small = new(Seed: 1, Benchmarks: 3, Samples: 10, ResultsPerFile: 3, PlannedRuns: 5);
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private Task<(int Exit, string Out, string Error)> Build(string data) =>
        InProcessCli.RunAsync("build", "--data", data, "--out", _dir.Combine("site"), "--cache", _dir.Combine("cache"));

    [Fact]
    public async Task A_generated_repository_builds_and_a_run_appended_later_is_read_alone()
    {
        // Given a generated data repository of 3 benchmarks x 5 runs
        var data = _dir.Combine("data.git");
        ScaleRepository.Generate(data, Small);

        // When the site is built from it
        var first = await Build(data);

        // Then every run was read and each benchmark made one series
        first.Exit.ShouldBe(0, first.Error);
        first.Out.ShouldContain("5 run(s), 3 benchmark(s), 3 series (read 5 commit(s), 5 file(s);");

        // When one more run is appended and the site is built again
        var appended = ScaleRepository.Append(data, runs: 1);
        var second = await Build(data);

        // Then only the new commit and its file are read
        appended.TotalRuns.ShouldBe(6);
        second.Exit.ShouldBe(0, second.Error);
        second.Out.ShouldContain("6 run(s), 3 benchmark(s), 3 series (read 1 new commit(s), 1 new file(s);");
    }

    [Fact]
    public void The_same_options_give_the_same_commits_and_appends_continue_them_alike()
    {
        // Given two repositories generated with the same options
        var one = ScaleRepository.Generate(_dir.Combine("one.git"), Small);
        var two = ScaleRepository.Generate(_dir.Combine("two.git"), Small);

        // When each gets one more run
        var oneMore = ScaleRepository.Append(one.GitDir, runs: 1);
        var twoMore = ScaleRepository.Append(two.GitDir, runs: 1);

        // Then their tips are the same commit before and after, and a different seed is a different history
        two.Tip.ShouldBe(one.Tip);
        twoMore.Tip.ShouldBe(oneMore.Tip);
        ScaleRepository.Generate(_dir.Combine("other.git"), Small with { Seed = 2 }).Tip.ShouldNotBe(one.Tip);
    }
}
