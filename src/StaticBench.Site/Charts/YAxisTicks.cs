using StaticBench.Schema.Units;
using StaticBench.Site.Formatting;

namespace StaticBench.Site.Charts;

/// <summary>
/// Where a trend image's y ticks go and what they say: round steps in the unit the labels show,
/// labelled through <see cref="ValueFormatter"/>. Computed here rather than by ScottPlot, whose
/// decimal steps read "1.95 KiB, 2.05 KiB" on sizes and "1.26 ms, 1.41 ms" on a log axis.
/// </summary>
internal static class YAxisTicks
{
    /// <summary>Ticks within [<paramref name="low"/>, <paramref name="high"/>] of a linear axis.</summary>
    public static (double[] Positions, string[] Labels) Linear(double low, double high, string unit)
    {
        // Sizes step in KiB/MiB/GiB, the units their labels are written in.
        var scale = unit == UnitTable.Bytes
            ? Math.Pow(1024, Math.Clamp(Math.Floor(Math.Log(Math.Max(Math.Max(Math.Abs(low), Math.Abs(high)), 1), 1024)), 0, 3))
            : 1;
        var ticks = AxisScale.Covering(low / scale, high / scale, 5).Ticks
            .Select(t => t * scale)
            .Where(t => t >= low && t <= high)
            .ToArray();
        return (ticks, [.. ValueFormatter.Ticks(ticks, unit)]);
    }

    /// <summary>Ticks of a log axis; positions are log10 of the values, as the plot holds them.</summary>
    public static (double[] Positions, string[] Labels) Log(double logLow, double logHigh, string unit)
    {
        var values = LogAxisTicks.Between(Math.Pow(10, logLow), Math.Pow(10, logHigh)).ToArray();

        // Within a decade the ticks are evenly spaced and share a scale; across decades each gets its own.
        var labels = logHigh - logLow < 1 ? ValueFormatter.Ticks(values, unit) : values.Select(v => ValueFormatter.Format(v, unit)).ToArray();
        return (values.Select(Math.Log10).ToArray(), [.. labels]);
    }
}
