using StaticBench.Schema.Model;
using StaticBench.Site;
using StaticBench.Site.Output;
using StaticBench.Testing;

namespace StaticBench.Cli.Tests.Browser;

/// <summary>Sites the browser tests open: linear histories of commits 1, 2, … (each the parent of the next), written by the site generator.</summary>
internal static class BrowserSites
{
    private const string DataCommit = "0123456789abcdef0123456789abcdef01234567";

    /// <summary>A run at commit <paramref name="commit"/> (subject "commit N", its parent commit N - 1) recorded at <paramref name="time"/>, with <paramref name="results"/>.</summary>
    public static RecordedRun Run(int commit, DateTimeOffset time, IEnumerable<BenchmarkResult> results) => new(
        results.Aggregate(
            new RunResultBuilder($"run-{commit}")
                .AtCommit(RunResultBuilder.Commit(commit), time, commit > 1 ? [RunResultBuilder.Commit(commit - 1)] : [])
                .WithSubject($"commit {commit}"),
            (run, result) => run.WithResult(result))
            .Build(),
        $"results/{commit}.json", DataCommit, time);

    /// <summary>A run at commit <paramref name="commit"/>, one day after the one before.</summary>
    public static RecordedRun Daily(int commit, IEnumerable<BenchmarkResult> results) => Run(commit, DateTimeOffset.UnixEpoch.AddDays(20000 + commit), results);

    /// <summary>A wall-time result of <paramref name="benchmark"/> (execute phase, nanoseconds, lower is better).</summary>
    public static BenchmarkResult WallTime(string benchmark, IEnumerable<double> samples, EngineInfo? engine = null) => new()
    {
        Benchmark = benchmark, Phase = "execute", Metric = "wall-time", Unit = "ns", Better = Better.Lower, Samples = [.. samples], Engine = engine,
    };

    /// <summary>Writes the site of <paramref name="runs"/> into <paramref name="dir"/>/site and returns that folder.</summary>
    public static string Write(TempDirectory dir, IReadOnlyList<RecordedRun> runs)
    {
        var site = dir.Combine("site");
        using var output = new FileSiteOutput(site);
        SiteGenerator.Generate(new DataSnapshot { DataCommit = DataCommit, Runs = runs }, new SiteOptions(), output);
        output.Complete();
        return site;
    }
}
