using StaticBench.Runner.Engines;
using StaticBench.Runner.Suite;

namespace StaticBench.Runner.Running;

/// <summary>An installed engine and what its probe found (version and flags for every result).</summary>
public sealed record PlannedEngine(IEngine Engine, EngineProbe Probe);

/// <summary>
/// What a run will do: every case on every installed engine, for the phases asked for. Built by
/// <see cref="RunPlanner"/>, then frozen; <see cref="SampleLoop"/> executes it.
/// </summary>
public sealed record RunPlan(
    IReadOnlyList<BenchmarkCase> Cases,
    IReadOnlyList<PlannedEngine> Engines,
    IReadOnlySet<string> Phases,
    int Warmup,
    int Samples,
    TimeSpan TimeLimit,
    ExecutePolicy Execute)
{
    /// <summary>Processes-worth of samples (warm-up included), for the progress bar.</summary>
    public int TotalSamples => Cases.Sum(c => EnginesFor(c).Count) * (Warmup + Samples);

    /// <summary>
    /// The engines that measure at least one of the phases <paramref name="benchmark"/> asks for (a compile-scaling
    /// case asks only for <c>compile</c>, which wasm-interp or v8-aot never measure: running them would be thrown away).
    /// </summary>
    public IReadOnlyList<PlannedEngine> EnginesFor(BenchmarkCase benchmark)
    {
        var phases = benchmark.PhasesOf(Phases);
        return Engines.Where(e => e.Engine.Phases.Any(phases.Contains)).ToArray();
    }
}
