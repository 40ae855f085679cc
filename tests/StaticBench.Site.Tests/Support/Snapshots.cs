using StaticBench.Schema.Model;
using StaticBench.Testing;

namespace StaticBench.Site.Tests.Support;

/// <summary>Small data snapshots the site tests build from.</summary>
public static class Snapshots
{
    public static readonly DateTimeOffset T0 = new(2026, 11, 1, 9, 0, 0, TimeSpan.Zero);

    public static readonly string DataCommit = "0123456789abcdef0123456789abcdef01234567";

    /// <summary>A 40-hex commit id with a distinct short form, as real ones have.</summary>
    public static string Sha(int n) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA1.HashData(BitConverter.GetBytes(n)));

    public static RecordedRun Recorded(RunResult run, int minute) =>
        new(run, $"results/2026/11/{run.Run.Id}.json", DataCommit, T0.AddMinutes(minute));

    /// <summary>Three main-branch commits, two engines, one pull-request run, a skipped file and two documents.</summary>
    public static DataSnapshot Small(Func<string, bool>? keepBenchmark = null)
    {
        keepBenchmark ??= _ => true;
        var runs = new List<RecordedRun>();
        for (var n = 1; n <= 3; n++)
        {
            var builder = new RunResultBuilder($"run-{n}")
                .AtCommit(Sha(n), T0.AddHours(n), n > 1 ? [Sha(n - 1)] : [])
                .StartedAt(T0.AddHours(n).AddMinutes(5))
                .WithSubject($"Commit number {n}");
            Add(builder, "sort/quick", "v8", 1_200_000 + (n * 10_000), keepBenchmark);
            Add(builder, "sort/quick", "wasmtime", 900_000 - (n * 5_000), keepBenchmark);
            Add(builder, "parse/json", "v8", 40_000 + n, keepBenchmark);
            runs.Add(Recorded(builder.Build(), n));
        }

        var pr = new RunResultBuilder("run-pr")
            .AtCommit(Sha(9), T0.AddHours(4), Sha(3))
            .OnBranch("feature/faster")
            .StartedAt(T0.AddHours(4).AddMinutes(5))
            .WithSubject("Try a faster sort");
        Add(pr, "sort/quick", "v8", 600_000, keepBenchmark);
        runs.Add(Recorded(pr.Build(), 10));

        return new DataSnapshot
        {
            DataCommit = DataCommit,
            Runs = runs,
            Documents =
            [
                new DataDocument("about.md", "# About these benchmarks\n\nMeasured nightly. See [the notes](notes/v8-upgrade.md).\n"),
                new DataDocument("notes/v8-upgrade.md", "# V8 upgrade\n\n| before | after |\n|---|---|\n| 1 | 2 |\n\n[back](../about.md)\n"),
            ],
            Skipped = [new SkippedFile("results/2026/11/broken.json", "invalid JSON at line 3")],
        };
    }

    private static void Add(RunResultBuilder builder, string benchmark, string engine, double median, Func<string, bool> keep)
    {
        if (!keep(benchmark))
        {
            return;
        }

        builder.WithResult(new BenchmarkResult
        {
            Benchmark = benchmark,
            Phase = "execute",
            Metric = "wall-time",
            Unit = "ns",
            Better = Better.Lower,
            Samples = [median * 0.98, median, median * 1.03],
            Engine = new EngineInfo { Name = engine, Version = "1.0", Config = "default" },
        });
    }
}
