using System.Collections.Frozen;

namespace StaticBench.Schema.Units;

/// <summary>
/// Normalizes units on read so that a series never jumps because one run wrote µs and the next ns.
/// Time becomes <c>ns</c>, sizes become <c>bytes</c>, counts become <c>count</c>; the other accepted
/// units (rates such as <c>ops/s</c>, per-operation costs such as <c>ns/op</c>, <c>%</c>, <c>ratio</c>,
/// <c>score</c>) are kept as written. Anything else (<c>parsecs</c>, a typo) is refused by the
/// validator: a unit nobody can read makes a chart nobody can read.
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

    /// <summary>Units kept as written: dimensionless values.</summary>
    public static readonly IReadOnlyList<string> Dimensionless = ["%", "ratio", "x", "score", "points"];

    /// <summary>What a rate counts (<c>ops/s</c>) or a cost is per (<c>ns/op</c>), besides the sizes and counts above.</summary>
    public static readonly IReadOnlyList<string> Things =
        ["ops", "op", "allocs", "alloc", "items", "item", "iterations", "iteration", "iter", "requests", "runs", "run", "frames", "events", "calls", "call", "messages"];

    private static readonly FrozenSet<string> Per = new[] { "s", "ms", "us", "µs", "μs", "ns" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// True for the units a result file may use: those of the table, the <see cref="Dimensionless"/> ones, rates
    /// (a size, count or <see cref="Things"/> per time unit: <c>ops/s</c>, <c>MB/s</c>) and per-operation costs (a
    /// time, size or count per <see cref="Things"/>: <c>ns/op</c>, <c>B/op</c>, <c>allocs/op</c>).
    /// </summary>
    public static bool IsAccepted(string unit)
    {
        var u = unit.Trim();
        if (Known.ContainsKey(u) || Dimensionless.Contains(u, StringComparer.Ordinal))
        {
            return true;
        }

        var slash = u.IndexOf('/');
        if (slash <= 0 || slash != u.LastIndexOf('/'))
        {
            return false;
        }

        var (top, bottom) = (u[..slash], u[(slash + 1)..]);
        var countable = (Known.TryGetValue(top, out var k) && k.Unit != Nanoseconds) || Things.Contains(top, StringComparer.Ordinal);
        return (countable && Per.Contains(bottom)) || ((Known.ContainsKey(top) || Things.Contains(top, StringComparer.Ordinal)) && Things.Contains(bottom, StringComparer.Ordinal));
    }
}
