using StaticBench.Schema.Model;

namespace StaticBench.Runner.Engines;

/// <summary>One number read from one process: a phase's wall time, an artifact's size, ...</summary>
public sealed record Measurement(string Phase, double Value, string Metric = Metrics.WallTime, string Unit = "ns", Better Better = Better.Lower);

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

    /// <summary>
    /// Metrics that repeat exactly at one commit (instruction counts under valgrind or an interpreter, artifact sizes):
    /// their results are marked <c>exact</c>, so their changes are reported at the commit without statistics.
    /// </summary>
    public static bool IsExact(string metric) => metric is Instructions or ArtifactSize;
}
