using StaticBench.Runner.Suite;
using StaticBench.Schema.Model;

namespace StaticBench.Runner.Scaling;

/// <summary>
/// A generated module written to disk as a <see cref="BenchmarkCase"/> any engine can plan, plus the
/// parameters its results must carry: <c>shape</c> and <c>bytes</c> (a number, the x-axis of the
/// log-log fit done by the analysis layer, src/StaticBench.Analysis/Scaling/).
/// </summary>
public sealed record ScalingCase(ScalingShape Shape, int Bytes, BenchmarkCase Case)
{
    /// <summary>The suite name of every scaling result.</summary>
    public const string Suite = "compile-scaling";

    /// <summary>Use these, not <see cref="BenchmarkCase.Parameters"/>, in results: the fit reads <c>bytes</c>.</summary>
    public IReadOnlyDictionary<string, ParameterValue> Parameters { get; } = new Dictionary<string, ParameterValue>
    {
        ["shape"] = ParameterValue.Of(Shape.Name()),
        ["bytes"] = ParameterValue.Of(Bytes),
    };
}
