using System.Runtime.CompilerServices;

namespace StaticBench.Schema.Model;

/// <summary>
/// The parts of a result's header (everything but its samples and summary), equal when each part is the same instance
/// and the values are equal. Results read through one <see cref="ResultInterner"/> share their parts, so telling their
/// headers apart costs no hashing of text; equal parts in different instances only make a second header.
/// </summary>
public readonly record struct ResultHeaderKey(
    string Benchmark, IReadOnlyDictionary<string, ParameterValue>? Parameters, EngineInfo? Engine, string Phase, string Metric, string Unit, Better Better, bool? Exact)
{
    public static ResultHeaderKey Of(BenchmarkResult result) =>
        new(result.Benchmark, result.Parameters, result.Engine, result.Phase, result.Metric, result.Unit, result.Better, result.Exact);

    public bool Equals(ResultHeaderKey other) =>
        ReferenceEquals(Benchmark, other.Benchmark) && ReferenceEquals(Parameters, other.Parameters) && ReferenceEquals(Engine, other.Engine)
        && ReferenceEquals(Phase, other.Phase) && ReferenceEquals(Metric, other.Metric) && ReferenceEquals(Unit, other.Unit)
        && Better == other.Better && Exact == other.Exact;

    public override int GetHashCode() => HashCode.Combine(
        RuntimeHelpers.GetHashCode(Benchmark), RuntimeHelpers.GetHashCode(Parameters), RuntimeHelpers.GetHashCode(Engine),
        RuntimeHelpers.GetHashCode(Phase), RuntimeHelpers.GetHashCode(Metric), RuntimeHelpers.GetHashCode(Unit), Better, Exact);
}
