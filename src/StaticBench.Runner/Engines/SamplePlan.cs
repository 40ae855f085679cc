using StaticBench.Runner.Processes;

namespace StaticBench.Runner.Engines;

/// <summary>One process of a sample. A sample may need several, in order (AOT: compile, then execute).</summary>
/// <param name="Name">Short name for messages, e.g. <c>aot-compile</c>.</param>
/// <param name="Process">The process to start.</param>
public sealed record EngineStep(string Name, ProcessSpec Process);

/// <summary>The processes of one sample, or why this engine cannot run this benchmark (no native build, ...).</summary>
public sealed record SamplePlan(IReadOnlyList<EngineStep> Steps, string? SkipReason = null)
{
    public static SamplePlan Skip(string reason) => new([], reason);

    public static SamplePlan Of(params EngineStep[] steps) => new(steps);

    public bool Skipped => SkipReason is not null;
}
