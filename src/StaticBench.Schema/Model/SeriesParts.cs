using System.Runtime.CompilerServices;

namespace StaticBench.Schema.Model;

/// <summary>
/// The parts of a result that make its <see cref="SeriesKey"/>, held as the objects the result holds, to be compared by
/// reference (<see cref="ByReference"/>). Results read through one <see cref="ResultInterner"/> share those objects, so
/// finding a series by its parts costs no string building or hashing of text; two different references may still make
/// the same key, so callers fall back to <see cref="SeriesKey"/> on a miss.
/// </summary>
public readonly record struct SeriesParts(string Machine, string Benchmark, object? Parameters, EngineInfo? Engine, string Phase, string Metric)
{
    /// <summary>The parts of <paramref name="result"/> measured on <paramref name="machine"/>.</summary>
    public static SeriesParts Of(string machine, BenchmarkResult result) =>
        new(machine, result.Benchmark, result.Parameters is { Count: > 0 } parameters ? parameters : null, result.Engine, result.Phase, result.Metric);

    /// <summary>Equal when every part is the same object.</summary>
    public static IEqualityComparer<SeriesParts> ByReference { get; } = new ReferenceComparer();

    private sealed class ReferenceComparer : IEqualityComparer<SeriesParts>
    {
        public bool Equals(SeriesParts x, SeriesParts y) =>
            ReferenceEquals(x.Machine, y.Machine) && ReferenceEquals(x.Benchmark, y.Benchmark) && ReferenceEquals(x.Parameters, y.Parameters)
            && ReferenceEquals(x.Engine, y.Engine) && ReferenceEquals(x.Phase, y.Phase) && ReferenceEquals(x.Metric, y.Metric);

        public int GetHashCode(SeriesParts key) =>
            HashCode.Combine(
                RuntimeHelpers.GetHashCode(key.Machine), RuntimeHelpers.GetHashCode(key.Benchmark),
                RuntimeHelpers.GetHashCode(key.Parameters), RuntimeHelpers.GetHashCode(key.Engine),
                RuntimeHelpers.GetHashCode(key.Phase), RuntimeHelpers.GetHashCode(key.Metric));
    }
}
