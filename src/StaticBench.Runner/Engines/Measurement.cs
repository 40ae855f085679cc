using StaticBench.Schema.Model;

namespace StaticBench.Runner.Engines;

/// <summary>One number read from one process: a phase's wall time, an artifact's size, ...</summary>
public sealed record Measurement(string Phase, double Value, string Metric = Metrics.WallTime, string Unit = "ns", Better Better = Better.Lower)
{
    /// <summary>
    /// Parameters this number adds to the benchmark's own (the opcode of an <see cref="Metrics.OpcodeCount"/>):
    /// each distinct set is its own result, its own series. Null for most measurements.
    /// </summary>
    public IReadOnlyDictionary<string, ParameterValue>? Parameters { get; init; }

    /// <summary><see cref="Parameters"/> as one stable text, for keying.</summary>
    public string ParametersKey => Parameters is null ? "" : string.Join('\n', Parameters.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value.Canonical}"));
}

/// <summary>Metric names written into results.</summary>
public static class Metrics
{
    public const string WallTime = "wall-time";

    /// <summary>
    /// CPU time of the engine's whole process during a phase (all threads, user + system), in ns: from
    /// drivers that time phases inside the process, or for a phase that is a whole process, that
    /// process tree's (<see cref="WholeProcess"/>). Unlike wall time it leaves out time spent waiting
    /// for a core, so it stays readable on a loaded machine; it counts background compiler threads.
    /// </summary>
    public const string CpuTime = "cpu-time";
    public const string ArtifactSize = "artifact-size";
    public const string Instructions = "instructions";

    /// <summary>How many times one WebAssembly opcode ran (<c>parameters.opcode</c>); exact (docs/analysis.md).</summary>
    public const string OpcodeCount = ProfileMetrics.OpcodeCount;

    /// <summary>How many WebAssembly instructions one function ran itself (<c>parameters.function</c>); exact.</summary>
    public const string FunctionInstructions = ProfileMetrics.FunctionInstructions;

    /// <summary>The <c>--metric</c> that records <see cref="OpcodeCount"/> and <see cref="FunctionInstructions"/>.</summary>
    public const string Opcodes = "opcodes";

    /// <summary>
    /// Metrics that repeat exactly at one commit (instruction counts under valgrind or an interpreter, opcode profiles, artifact sizes):
    /// their results are marked <c>exact</c>, so their changes are reported at the commit without statistics.
    /// </summary>
    public static bool IsExact(string metric) => metric is Instructions or ArtifactSize or OpcodeCount or FunctionInstructions;
}
