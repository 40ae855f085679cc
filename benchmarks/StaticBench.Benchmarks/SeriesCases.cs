using StaticBench.Analysis.Series;
using StaticBench.Schema;
using StaticBench.Schema.Model;

namespace StaticBench.Benchmarks;

/// <summary>
/// The pivot from runs to series at scale: 10,000 runs of 50 results on 4 machines (2,500 project
/// commits). The target: well under a second, since every build does it.
/// </summary>
public static class SeriesCases
{
    public static IEnumerable<Sampler.Case> Create(int runCount = 10_000)
    {
        var runs = Runs(runCount);
        yield return new Sampler.Case(
            "series/pivot",
            new Dictionary<string, double> { ["runs"] = runCount, ["results"] = 50 },
            Setup: () => { },
            Body: () => SeriesBuilder.BuildSeries(runs));
    }

    private static RecordedRun[] Runs(int count)
    {
        var t0 = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var results = Enumerable.Range(0, 50).Select(i => new BenchmarkResult
        {
            Benchmark = $"suite/b{i}", Phase = i < 25 ? "compile" : "execute", Metric = "wall-time",
            Unit = "ns", Better = Better.Lower, Samples = [i, i + 1, i + 2],
            Summary = SampleSummary.Of([i, i + 1, i + 2]), // the reader always fills it
            Engine = new EngineInfo { Name = "v8", Version = "1", Config = $"c{i % 5}" },
        }).ToArray();
        return Enumerable.Range(0, count).Select(n => new RecordedRun(
            new RunResult
            {
                Schema = SchemaVersion.Current,
                Run = new RunInfo
                {
                    Id = $"run-{n}", Started = t0.AddMinutes(n), Finished = t0.AddMinutes(n + 1),
                    Machine = new MachineInfo { Name = $"m{n % 4}", Os = "linux", Arch = "x86_64" },
                    Harness = new HarnessInfo { Name = "h", Version = "1" },
                    Project = new ProjectInfo
                    {
                        Repository = "https://example.com/r", Commit = $"{n / 4:x40}", Branch = "main",
                        CommitTime = t0.AddMinutes(n / 4), Subject = "s", Parents = n < 4 ? [] : [$"{(n / 4) - 1:x40}"],
                    },
                },
                Results = results,
            },
            $"results/{n}.json", "d", t0.AddMinutes(n))).ToArray();
    }
}
