using System.Globalization;
using StaticBench.Schema.Model;
using StaticBench.Schema.Units;

namespace StaticBench.Importers.Reading;

/// <summary>
/// A unit as harnesses print it, read into one the result format knows and the direction that is better:
/// <c>ns/op</c> → ns, <c>B/op</c> → B, <c>allocs/op</c> → count, <c>ops/sec</c> and <c>Hz</c> → ops/s (higher
/// is better), <c>MB/s</c> → MB/s (higher), <c>Megabytes</c> → MB, <c>Percent</c> → %. Time and size units are then
/// converted to ns and bytes by <see cref="UnitTable"/>. A unit the result format does not accept (<c>elems/op</c>)
/// is read as count.
/// </summary>
public static class ToolUnit
{
    public const string OpsPerSecond = "ops/s";

    private static readonly string[] PerOperation = ["/op", "/iter", "/iteration", "/call"];

    public static (string Unit, Better Better) Read(string unit)
    {
        var text = unit.Trim();
        foreach (var suffix in PerOperation)
        {
            if (text.EndsWith(suffix, StringComparison.Ordinal) && text.Length > suffix.Length)
            {
                text = text[..^suffix.Length];
                break;
            }
        }

        var (read, better) = text switch
        {
            "ops/sec" or "ops/s" or "op/s" or "Hz" or "hz" or "iter/sec" or "it/s" => (OpsPerSecond, Better.Higher),
            "allocs" or "alloc" or "instructions" or "count" => (UnitTable.Count, Better.Lower),
            "Bytes" => ("bytes", Better.Lower),
            "Kilobytes" => ("kB", Better.Lower),
            "Megabytes" => ("MB", Better.Lower),
            "Gigabytes" => ("GB", Better.Lower),
            "Percent" or "percent" => ("%", Better.Lower),
            _ when text.EndsWith("/s", StringComparison.Ordinal) || text.EndsWith("/sec", StringComparison.Ordinal) => (text, Better.Higher),
            _ => (text, Better.Lower),
        };

        // A unit the result format refuses (go's b.ReportMetric "elems/op", asv's "items") counts something:
        // the importers keep the tool's word in the metric name, and the unit becomes count.
        return (UnitTable.IsAccepted(read) ? read : UnitTable.Count, better);
    }

    /// <summary>True when <paramref name="unit"/> (after <see cref="Read"/>) is a time.</summary>
    public static bool IsTime(string unit) => UnitTable.Normalize(Read(unit).Unit).Unit == UnitTable.Nanoseconds;

    /// <summary>A number as harnesses print it, with thousands separators (<c>1,234,567.8</c>) allowed.</summary>
    public static bool TryParseNumber(string text, out double value) =>
        double.TryParse(text.Replace(",", "").Replace("_", ""), NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);
}
