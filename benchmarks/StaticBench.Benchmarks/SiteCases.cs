using StaticBench.Schema.Model;
using StaticBench.Site;
using StaticBench.Site.Output;
using StaticBench.Testing;

namespace StaticBench.Benchmarks;

/// <summary>
/// Generating the whole site in memory from a snapshot shaped like a WebAssembly engine suite:
/// 10 benchmarks × 3 engines × 4 phases = 120 series along <c>commits</c> project commits; from
/// scratch, and again with every series' change points remembered from an earlier build.
/// </summary>
public static class SiteCases
{
    private static readonly string[] Engines = ["v8-baseline", "v8-optimizing", "cranelift"];
    private static readonly string[] Phases = ["parse", "compile", "instantiate", "execute"];

    public static IEnumerable<Sampler.Case> Create(int commits)
    {
        var snapshot = Snapshot(commits);
        var options = new SiteOptions();
        yield return new Sampler.Case(
            "site/generate",
            new Dictionary<string, double> { ["commits"] = commits, ["series"] = 120 },
            Setup: () => { },
            Body: () => SiteGenerator.Generate(snapshot, options, new MemorySiteOutput()));

        // A rebuild where no series' points changed (new templates, or another machine's run): every
        // series' change points come from the memo an earlier build left (DetectionMemo).
        var warm = new StaticBench.Analysis.Findings.DetectionMemo();
        SiteGenerator.Generate(snapshot, options with { DetectionMemo = warm }, new MemorySiteOutput());
        yield return new Sampler.Case(
            "site/generate-remembered",
            new Dictionary<string, double> { ["commits"] = commits, ["series"] = 120 },
            Setup: () => { },
            Body: () => SiteGenerator.Generate(snapshot, options with { DetectionMemo = new StaticBench.Analysis.Findings.DetectionMemo(warm.Used.ToDictionary()) }, new MemorySiteOutput()));
    }

    private static DataSnapshot Snapshot(int commits)
    {
        var random = new Random(42);
        var runs = new List<RecordedRun>(commits);
        for (var i = 0; i < commits; i++)
        {
            var builder = new RunResultBuilder($"run-{i}")
                .AtCommit(RunResultBuilder.Commit(i + 1), DateTimeOffset.UnixEpoch.AddHours(i), i == 0 ? [] : [RunResultBuilder.Commit(i)]);
            for (var b = 0; b < 10; b++)
            {
                foreach (var engine in Engines)
                {
                    foreach (var phase in Phases)
                    {
                        var samples = Enumerable.Range(0, 5).Select(_ => 1e6 * (1 + b) * (1 + (0.1 * random.NextDouble()))).ToArray();
                        builder.WithResult(new BenchmarkResult
                        {
                            Benchmark = $"suite/bench-{b}", Phase = phase, Metric = "wall-time", Unit = "ns", Better = Better.Lower,
                            Samples = samples, Summary = SampleSummary.Of(samples), Engine = new EngineInfo { Name = engine },
                        });
                    }
                }
            }

            var run = builder.Build();
            runs.Add(new RecordedRun(run, $"results/run-{i}.json", RunResultBuilder.Commit(i + 1), DateTimeOffset.UnixEpoch.AddHours(i)));
        }

        return new DataSnapshot { DataCommit = new string('d', 40), Runs = runs };
    }
}
