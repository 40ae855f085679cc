using ScottPlot;

namespace StaticBench.Site.Charts;

/// <summary>
/// The static trend image of a chart: PNG for README cards, feed entries, PR comments and pages
/// read without scripts, SVG for tests and anyone who wants vectors. Pure: same spec, same bytes.
/// </summary>
/// <remarks>
/// Cost: ScottPlot draws every point it is given, so lines are thinned to
/// <see cref="MaxPointsPerLine"/> points first (<see cref="PointThinning"/>). The first render in a
/// process also loads the fonts and warms up Skia; render only what changed
/// (<see cref="ChartImageKey"/>). Safe to call from several threads at once.
/// </remarks>
public static class TrendImage
{
    /// <summary>Points drawn per line at most; longer lines keep the extremes of each run of points.</summary>
    public const int MaxPointsPerLine = TrendPlot.MaxPointsPerLine;

    /// <summary>The chart as a PNG of <see cref="TrendImageSpec.Width"/> × <see cref="TrendImageSpec.Height"/> pixels.</summary>
    public static byte[] RenderPng(TrendImageSpec spec)
    {
        using var plot = TrendPlot.Build(spec);
        return PngEncoding.Of(plot, spec.Width, spec.Height);
    }

    /// <summary>The same chart as SVG (ScottPlot's own export: text stays text, escaped).</summary>
    public static string RenderSvg(TrendImageSpec spec)
    {
        using var plot = TrendPlot.Build(spec);
        return plot.GetSvgXml(spec.Width, spec.Height);
    }
}
