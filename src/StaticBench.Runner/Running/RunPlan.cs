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
    public int TotalSamples => Cases.Count * Engines.Count * (Warmup + Samples);
}
