namespace StaticBench.Site.Charts;

/// <summary>
/// A y-axis: "nice" tick values (1, 2 or 5 times a power of ten) covering the data, and the mapping
/// from values to pixels. Zoomed to the data rather than anchored at zero, because a 3% regression
/// must be visible on a trend chart.
/// </summary>
public sealed class AxisScale
{
    private AxisScale(IReadOnlyList<double> ticks) => Ticks = ticks;

    public IReadOnlyList<double> Ticks { get; }

    public double Low => Ticks[0];

    public double High => Ticks[^1];

    /// <summary>Ticks covering [<paramref name="low"/>, <paramref name="high"/>] with about <paramref name="count"/> steps.</summary>
    public static AxisScale Covering(double low, double high, int count = 4)
    {
        if (!(high > low))
        {
            var pad = low == 0 ? 1 : Math.Abs(low) * 0.05;
            (low, high) = (low - pad, high + pad);
        }

        var rough = (high - low) / count;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        var residual = rough / magnitude;
        var step = (residual <= 1 ? 1 : residual <= 2 ? 2 : residual <= 5 ? 5 : 10) * magnitude;
        var first = Math.Floor(low / step);
        var last = Math.Ceiling(high / step);
        var ticks = new List<double>();
        for (var i = first; i <= last; i++)
        {
            ticks.Add(Math.Round(i * step, 12));
        }

        return new AxisScale(ticks);
    }

    /// <summary>The pixel y of <paramref name="value"/> in a plot from <paramref name="top"/> to <paramref name="bottom"/>.</summary>
    public double Y(double value, double top, double bottom) =>
        bottom - ((value - Low) / (High - Low) * (bottom - top));
}
