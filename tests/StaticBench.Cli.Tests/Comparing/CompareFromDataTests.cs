using StaticBench.Testing;

namespace StaticBench.Cli.Tests.Comparing;

/// <summary><c>staticbench compare</c> with <c>--data</c>: commits of the benchmarked project looked up in a data repository.</summary>
public class CompareFromDataTests : IDisposable
{
    private readonly TempDirectory _dir = new();
    private readonly ScriptedDataRepository _data = new();

    public void Dispose()
    {
        _data.Dispose();
        _dir.Dispose();
    }

    private static (string, object) Run(string id, int commit, double median) =>
        ($"results/2026/11/21/{id}.json", new RunResultBuilder(id)
            .AtCommit(RunResultBuilder.Commit(commit), DateTimeOffset.UnixEpoch.AddHours(commit), commit > 1 ? [RunResultBuilder.Commit(commit - 1)] : [])
            .WithResult("sort/quick", "compile", Enumerable.Range(0, 30).Select(i => median * (1 + (i % 6 * 0.002))).ToArray())
            .Build());

    [Fact]
    public async Task Two_commits_are_compared_from_the_data_repository_through_the_history_cache()
    {
        // Given a data repository with runs at two commits, the second 20% slower
        _data.Commit("base", Run("r1", 1, 1000));
        _data.Commit("head", Run("r2", 2, 1200));
        string[] Compare(string @base, string head) => ["compare", @base, head, "--data", _data.Path, "--format", "json", "--cache", _dir.Path];

        // When the head commit is compared with the base commit (by commit id)
        var (exit, stdout, stderr) = await InProcessCli.RunAsync(Compare(RunResultBuilder.Commit(1), RunResultBuilder.Commit(2)));

        // Then the slowdown is reported, and the history cache was written for the next call
        exit.ShouldBe(0, stderr);
        stdout.ShouldContain("\"verdict\": \"regression\"");
        Directory.GetFiles(Path.Combine(_dir.Path, "history"), "*.cache").ShouldHaveSingleItem();

        // And after one more run, a second comparison sees it
        _data.Commit("head 2", Run("r3", 3, 1000));
        var later = await InProcessCli.RunAsync(Compare(RunResultBuilder.Commit(1), RunResultBuilder.Commit(3)));
        later.Exit.ShouldBe(0, later.Error);
        later.Out.ShouldNotContain("\"verdict\": \"regression\"");
    }
}
