using StaticBench.Importers.Reading;
using StaticBench.Schema.Model;

namespace StaticBench.Importers.Formats.Jmh;

/// <summary>
/// JMH's score units: <c>ops/s</c>, <c>ops/ms</c>, <c>ops/us</c>, ... (throughput, higher is better, converted
/// to ops/s so that a change of <c>@OutputTimeUnit</c> does not break a series), <c>ns/op</c>, <c>us/op</c>, ...
/// (time per operation), and the profilers' units (<c>MB/sec</c>, <c>B/op</c>, <c>counts</c>, <c>ms</c>).
/// </summary>
public static class JmhUnit
{
    private static readonly Dictionary<string, double> PerSecond = new(StringComparer.Ordinal)
    {
        ["s"] = 1, ["ms"] = 1e3, ["us"] = 1e6, ["ns"] = 1e9, ["min"] = 1.0 / 60, ["hr"] = 1.0 / 3600, ["day"] = 1.0 / 86400,
    };

    private static readonly Dictionary<string, double> InSeconds = new(StringComparer.Ordinal)
    {
        ["min"] = 60, ["hr"] = 3600, ["day"] = 86400,
    };

    /// <summary>The unit to record, the factor that takes a score there, and which way is better.</summary>
    public static (string Unit, double Factor, Better Better) Read(string unit)
    {
        if (unit.StartsWith("ops/", StringComparison.Ordinal) && PerSecond.TryGetValue(unit["ops/".Length..], out var perSecond))
        {
            return (ToolUnit.OpsPerSecond, perSecond, Better.Higher);
        }

        if (unit.EndsWith("/op", StringComparison.Ordinal) && InSeconds.TryGetValue(unit[..^"/op".Length], out var seconds))
        {
            return ("s", seconds, Better.Lower);
        }

        if (unit == "counts")
        {
            return ("count", 1, Better.Lower);
        }

        // A profiler's rate (gc.alloc.rate in MB/sec) is a cost, not a throughput: lower is better.
        var (read, _) = ToolUnit.Read(unit.EndsWith("/sec", StringComparison.Ordinal) ? $"{unit[..^"/sec".Length]}/s" : unit);
        return (read, 1, Better.Lower);
    }
}
