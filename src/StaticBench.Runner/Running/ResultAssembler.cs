using StaticBench.Schema.Model;

namespace StaticBench.Runner.Running;

/// <summary>Kept samples → the result file's <c>results</c>: one entry per case, engine, phase and metric.</summary>
public static class ResultAssembler
{
    public static IReadOnlyList<BenchmarkResult> Assemble(RunPlan plan, SampleSet samples) =>
        [.. from benchmark in plan.Cases
            from engine in plan.Engines
            from series in samples.For(benchmark, engine.Engine.Name)
            select new BenchmarkResult
            {
                Benchmark = benchmark.Benchmark,
                Parameters = series.Parameters is null ? benchmark.Parameters : benchmark.Parameters.Concat(series.Parameters).ToDictionary(),
                Engine = engine.Probe.Info,
                Phase = series.Phase,
                Metric = series.Metric,
                Unit = series.Unit,
                Better = series.Better,
                Samples = [.. series.Values],
                Summary = SampleSummary.Of(series.Values),
                Exact = Engines.Metrics.IsExact(series.Metric) ? true : null,
            }];
}
