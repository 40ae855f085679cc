using ScottPlot;

namespace StaticBench.Site.Charts;

/// <summary>
/// The static trend image of a chart: PNG for README cards, feed entries, PR comments and pages
/// read without scripts, SVG for tests and anyone who wants vectors. Pure: same spec, same bytes.
/// </summary>
/// <remarks>
/// Cost: ScottPlot draws every point it is given, so each line is first cut to at most two points per
/// pixel column, its lowest and highest (<see cref="PointThinning"/>): a 3,000-point line costs what a
/// 1,600-point one does. The first render in a process also loads the fonts and warms up Skia; render
/// only what changed (<see cref="ChartImageKey"/>). Safe to call from several threads at once.
/// </remarks>
public static class TrendImage
{
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
