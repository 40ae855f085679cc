using System.Collections.Frozen;

namespace StaticBench.Schema.Units;

/// <summary>
/// Normalizes units on read so that a series never jumps because one run wrote µs and the next ns.
/// Time becomes <c>ns</c>, sizes become <c>bytes</c>, counts become <c>count</c>; any other unit
/// (ops/s, %, ...) is kept as written.
/// </summary>
public static class UnitTable
{
    public const string Nanoseconds = "ns";
    public const string Bytes = "bytes";
    public const string Count = "count";

    private static readonly FrozenDictionary<string, (string Unit, double Factor)> Known =
        new Dictionary<string, (string, double)>(StringComparer.Ordinal)
        {
            ["ns"] = (Nanoseconds, 1),
            ["us"] = (Nanoseconds, 1e3),
            ["µs"] = (Nanoseconds, 1e3),
            ["μs"] = (Nanoseconds, 1e3), // Greek mu, as some tools print it
            ["ms"] = (Nanoseconds, 1e6),
            ["s"] = (Nanoseconds, 1e9),
            ["ps"] = (Nanoseconds, 1e-3),
            ["b"] = (Bytes, 1),
            ["B"] = (Bytes, 1),
            ["byte"] = (Bytes, 1),
            ["bytes"] = (Bytes, 1),
            ["KiB"] = (Bytes, 1024),
            ["MiB"] = (Bytes, 1024 * 1024),
            ["GiB"] = (Bytes, 1024 * 1024 * 1024),
            ["kB"] = (Bytes, 1e3),
            ["KB"] = (Bytes, 1e3),
            ["MB"] = (Bytes, 1e6),
            ["GB"] = (Bytes, 1e9),
            ["count"] = (Count, 1),
            ["instructions"] = (Count, 1),
            ["cycles"] = (Count, 1),
        }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The canonical unit for <paramref name="unit"/> and the factor that converts values to it.</summary>
    public static (string Unit, double Factor) Normalize(string unit) =>
        Known.TryGetValue(unit.Trim(), out var known) ? known : (unit.Trim(), 1);

    /// <summary>True for units this table converts (time, size, count).</summary>
    public static bool IsKnown(string unit) => Known.ContainsKey(unit.Trim());
}
