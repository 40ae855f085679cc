using System.Globalization;
using StaticBench.Schema.Units;

namespace StaticBench.Analysis.Formatting;

/// <summary>
/// The one place numbers become text for people, in the CLI, in Markdown (pull-request comments) and on the site
/// (whose <c>ValueFormatter</c> adds axis ticks and times on top, and whose JavaScript twin in site.js is tested equal):
/// time in ns scaled to ns/µs/ms/s, bytes to B/KiB/MiB/GiB, counts with thousands separators, three significant
/// digits with trailing zeros dropped (<c>1.01 ms</c>, <c>1.5 MiB</c>); relative changes with a sign; p-values and
/// confidences without a rounded 0 or 1 that no test gives.
/// </summary>
public static class ValueText
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;
    private static readonly (double Scale, string Suffix)[] Times = [(1e9, "s"), (1e6, "ms"), (1e3, "µs"), (1, "ns")];
    private static readonly (double Scale, string Suffix)[] Magnitudes = [(1e9, "G"), (1e6, "M"), (1e3, "k"), (1, "")];
    private static readonly (double Scale, string Suffix)[] Sizes = [(1 << 30, "GiB"), (1 << 20, "MiB"), (1 << 10, "KiB"), (1, "B")];

    /// <summary>The smallest p-value and the largest confidence shown as numbers; beyond them "&lt; 0.0001" and "&gt; 0.9999".</summary>
    public const double Resolution = 1e-4;

    /// <summary>A value in a normalized unit: <c>1013100</c> ns → <c>1.01 ms</c>; NaN → empty.</summary>
    public static string Quantity(double value, string unit) => double.IsNaN(value) ? "" : unit switch
    {
        UnitTable.Nanoseconds => Scaled(value, Times),
        UnitTable.Bytes => Scaled(value, Sizes),
        UnitTable.Count => Math.Abs(value) >= 1000 || value == Math.Round(value)
            ? Math.Round(value).ToString("N0", Invariant)
            : Significant(value),
        _ => $"{Significant(value)} {unit}",
    };

    /// <summary>A number without a unit: <c>16384</c> → <c>16.4k</c>, <c>1e6</c> → <c>1M</c>, <c>512</c> → <c>512</c>.</summary>
    public static string Compact(double value) => Scaled(value, Magnitudes, separator: "");

    /// <summary>A relative change, one decimal: <c>0.031</c> → <c>+3.1%</c>, <c>-0.2</c> → <c>-20.0%</c> (site lists and feeds).</summary>
    public static string Ratio(double ratio) =>
        (ratio >= 0 ? "+" : "-") + Math.Abs(ratio * 100).ToString("F1", Invariant) + "%";

    /// <summary>
    /// A relative change for comparison tables: up to two decimals, more below 0.1% so an exact count's
    /// 0.005% does not read 0: <c>0.0123</c> → <c>+1.23%</c>, <c>0.00005</c> → <c>+0.005%</c>; NaN → empty.
    /// </summary>
    public static string Percent(double fraction, bool signed = true) =>
        double.IsNaN(fraction) ? "" :
        double.IsInfinity(fraction) ? (fraction > 0 ? "+∞" : "−∞") :
        (signed && fraction > 0 ? "+" : "") + (fraction * 100).ToString(Math.Abs(fraction) < 0.001 && fraction != 0 ? "0.###" : "0.0#", Invariant) + "%";

    /// <summary>A p-value: <c>0.0123</c>, or <c>&lt; 0.0001</c> below the resolution, never a bare 0; NaN → empty.</summary>
    public static string PValue(double p) =>
        double.IsNaN(p) ? "" : p < Resolution ? "< 0.0001" : p.ToString("0.####", Invariant);

    /// <summary>A confidence: four decimals, and "&gt; 0.9999" rather than a rounded "1", which would read as certainty that no test gives.</summary>
    public static string Confidence(double confidence) =>
        confidence >= 1 - Resolution / 2 ? "> 0.9999" : confidence.ToString("0.####", Invariant);

    private static string Scaled(double value, (double Scale, string Suffix)[] scales, string separator = " ")
    {
        var (scale, suffix) = scales.FirstOrDefault(s => Math.Abs(value) >= s.Scale, scales[^1]);
        return $"{Significant(value / scale)}{separator}{suffix}";
    }

    private static string Significant(double value)
    {
        var abs = Math.Abs(value);
        if (abs > 0 && abs < 0.01)
        {
            return value.ToString("G3", Invariant);
        }

        var decimals = abs >= 100 || abs == 0 ? 0 : abs >= 10 ? 1 : abs >= 1 ? 2 : 3;
        var text = Math.Round(value, decimals, MidpointRounding.AwayFromZero).ToString("F" + decimals, Invariant);
        return text.Contains('.') ? text.TrimEnd('0').TrimEnd('.') : text;
    }
}
