namespace StaticBench.Site.Charts;

/// <summary>
/// Tick values for a logarithmic axis that read as round numbers: powers of ten over three decades
/// or more, 1-2-5 steps over one to three, and ordinary round steps inside one decade, where evenly
/// spaced log ticks would say "1.26 ms" and "1.41 ms".
/// </summary>
internal static class LogAxisTicks
{
    /// <summary>Ticks (plain values, ascending) within [<paramref name="low"/>, <paramref name="high"/>], both positive.</summary>
    public static IReadOnlyList<double> Between(double low, double high)
    {
        var (logLow, logHigh) = (Math.Log10(low), Math.Log10(high));
        var decades = logHigh - logLow;
        if (decades < 1)
        {
            return AxisScale.Covering(low, high).Ticks.Where(t => t > 0 && t >= low && t <= high).ToArray();
        }

        double[] multipliers = decades >= 3 ? [1] : [1, 2, 5];
        var ticks = new List<double>();
        for (var e = Math.Floor(logLow); e <= Math.Ceiling(logHigh); e++)
        {
            foreach (var m in multipliers)
            {
                var v = m * Math.Pow(10, e);
                if (v >= low && v <= high)
                {
                    ticks.Add(v);
                }
            }
        }

        return ticks;
    }
}
