using System.Globalization;
using StaticBench.Analysis.Formatting;
using StaticBench.Schema.Units;

namespace StaticBench.Site.Formatting;

/// <summary>
/// Numbers as text on the site (tables, tooltips, axis ticks), through the formatter the CLI and Markdown share
/// (<see cref="ValueText"/>), plus what only the site needs: axis ticks and times. Time in ns is
/// scaled to ns/µs/ms/s, bytes to B/KiB/MiB/GiB, counts get thousands separators, ratios a sign
/// and a percent. Three significant digits, trailing zeros dropped: <c>1.23 ms</c>, <c>1.5 MiB</c>.
/// </summary>
public static class ValueFormatter
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;
    private static readonly (double Scale, string Suffix)[] Times = [(1e9, "s"), (1e6, "ms"), (1e3, "µs"), (1, "ns")];
    private static readonly (double Scale, string Suffix)[] Sizes = [(1 << 30, "GiB"), (1 << 20, "MiB"), (1 << 10, "KiB"), (1, "B")];

    /// <summary>A value in a normalized unit, for people (<see cref="ValueText.Quantity"/>, shared with the CLI and Markdown).</summary>
    public static string Format(double value, string unit) => ValueText.Quantity(value, unit);

    /// <summary>
    /// Labels for evenly spaced axis ticks: one scale for all of them (the largest tick's, so an axis
    /// reads 0.98 ms, 0.99 ms, 1.00 ms rather than switching to µs halfway) and as many decimals as
    /// the step needs, so neighbouring ticks never read the same. Three significant digits would
    /// print "1 ms" three times on an axis zoomed to a 1% band.
    /// </summary>
    public static IReadOnlyList<string> Ticks(IReadOnlyList<double> ticks, string unit)
    {
        if (ticks.Count < 2)
        {
            return ticks.Select(t => Format(t, unit)).ToArray();
        }

        var largest = ticks.Max(Math.Abs);
        var (scale, suffix) = unit switch
        {
            UnitTable.Nanoseconds => Pick(largest, Times, " "),
            UnitTable.Bytes => Pick(largest, Sizes, " "),
            UnitTable.Count => (1.0, ""),
            _ => (1.0, " " + unit),
        };
        var step = Math.Abs(ticks[1] - ticks[0]) / scale;
        var decimals = step > 0 ? (int)Math.Clamp(Math.Ceiling(-Math.Log10(step) - 1e-9), 0, 9) : 0;
        var format = (unit == UnitTable.Count ? "N" : "F") + decimals;
        // Adding 0.0 turns a -0 tick into 0, which would otherwise print "-0.00".
        return ticks.Select(t => ((t / scale) + 0.0).ToString(format, Invariant) + suffix).ToArray();
    }

    /// <summary>A parameter value without a unit (a size, a job count) for an axis: <c>16384</c> → <c>16.4k</c>, <c>1e6</c> → <c>1M</c>, <c>512</c> → <c>512</c>.</summary>
    public static string Compact(double value) => ValueText.Compact(value);

    /// <summary>A relative change: <c>0.031</c> → <c>+3.1%</c>, <c>-0.2</c> → <c>-20.0%</c>.</summary>
    public static string Ratio(double ratio) => ValueText.Ratio(ratio);

    /// <summary>A timestamp as UTC minutes: <c>2026-11-21 10:00</c>.</summary>
    public static string Time(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd HH:mm", Invariant);

    private static (double Scale, string Suffix) Pick(double value, (double Scale, string Suffix)[] scales, string separator)
    {
        var (scale, suffix) = scales.FirstOrDefault(s => value >= s.Scale, scales[^1]);
        return (scale, separator + suffix);
    }
}
