using StaticBench.Schema.Model;

namespace StaticBench.Runner.Engines;

/// <summary>One number read from one process: a phase's wall time, an artifact's size, ...</summary>
public sealed record Measurement(string Phase, double Value, string Metric = Metrics.WallTime, string Unit = "ns", Better Better = Better.Lower);

/// <summary>Metric names written into results.</summary>
public static class Metrics
{
    public const string WallTime = "wall-time";
    public const string ArtifactSize = "artifact-size";
    public const string Instructions = "instructions";
}
