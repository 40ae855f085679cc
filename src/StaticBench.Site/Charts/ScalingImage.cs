using ScottPlot;

namespace StaticBench.Site.Charts;

/// <summary>A scaling plot as plain data: each engine's cost at each size, and its fitted power law's ends.</summary>
/// <param name="Title">Drawn bold above the plot.</param>
/// <param name="Unit">The unit of the costs, for the y ticks.</param>
/// <param name="Parameter">The size parameter, the x axis' label.</param>
/// <param name="Lines">One per engine, named in the legend with its exponent.</param>
/// <param name="Width">Image width in pixels.</param>
/// <param name="Height">Image height in pixels.</param>
/// <param name="Dark">Draw on <see cref="ChartPalette.Dark"/>.</param>
public sealed record ScalingImageSpec(string Title, string Unit, string Parameter, IReadOnlyList<ScalingImageLine> Lines, int Width = 640, int Height = 360, bool Dark = false)
{
    /// <summary>Other systems' published numbers drawn beside the engines (docs/site.md, "Published numbers").</summary>
    public IReadOnlyList<ScalingImageReference> References { get; init; } = [];
}

/// <summary>One engine: its palette colour, its points (positive sizes and costs) and the fitted cost at the smallest and largest size.</summary>
public sealed record ScalingImageLine(string Name, int Colour, IReadOnlyList<double> Sizes, IReadOnlyList<double> Costs, double FitAtSmallest, double FitAtLargest);

/// <summary>One source's published numbers: its legend label and its points (positive sizes and costs). No fit: they are not ours to fit.</summary>
public sealed record ScalingImageReference(string Name, IReadOnlyList<double> Sizes, IReadOnlyList<double> Costs);

/// <summary>
/// Cost against size on log-log axes with ScottPlot, every engine on one chart: its points, and its fitted power law
/// as a dashed line in the same colour. Published numbers of other systems are drawn apart: in the muted text colour,
/// open markers of their own shape joined by a dotted line, so they never read as one of our engines.
/// Round ticks on both axes (<see cref="LogAxisTicks"/>).
/// </summary>
public static class ScalingImage
{
    public static byte[] RenderPng(ScalingImageSpec spec)
    {
        using var plot = Build(spec);
        return PngEncoding.Of(plot, spec.Width, spec.Height);
    }

    /// <summary>The same chart as SVG (ScottPlot's export: text stays text, escaped).</summary>
    public static string RenderSvg(ScalingImageSpec spec)
    {
        using var plot = Build(spec);
        return plot.GetSvgXml(spec.Width, spec.Height);
    }

    private static Plot Build(ScalingImageSpec spec)
    {
        ChartFonts.EnsureRegistered();
        var theme = ChartPalette.For(spec.Dark);
        var plot = new Plot();
        PlotTheme.Apply(plot, theme);
        var (xs, ys) = (new List<double>(), new List<double>());
        foreach (var line in spec.Lines)
        {
            var color = Color.FromHex(theme.Line(line.Colour));
            var x = line.Sizes.Select(Math.Log10).ToArray();
            var y = line.Costs.Select(Math.Log10).ToArray();
            var points = plot.Add.ScatterPoints(x, y, color);
            points.MarkerSize = 7;
            points.LegendText = line.Name;
            var fit = plot.Add.Scatter(new[] { x.Min(), x.Max() }, new[] { Math.Log10(line.FitAtSmallest), Math.Log10(line.FitAtLargest) }, color);
            fit.MarkerSize = 0;
            fit.LineWidth = 1.5f;
            fit.LinePattern = LinePattern.Dashed;
            xs.AddRange(x);
            ys.AddRange(y.Append(Math.Log10(line.FitAtSmallest)).Append(Math.Log10(line.FitAtLargest)));
        }

        for (var i = 0; i < spec.References.Count; i++)
        {
            var reference = spec.References[i];
            var x = reference.Sizes.Select(Math.Log10).ToArray();
            var y = reference.Costs.Select(Math.Log10).ToArray();
            var line = plot.Add.Scatter(x, y, Color.FromHex(theme.MutedText));
            line.MarkerShape = ReferenceMarkers[i % ReferenceMarkers.Length];
            line.MarkerSize = 8;
            line.LineWidth = 1.2f;
            line.LinePattern = LinePattern.Dotted;
            line.LegendText = reference.Name;
            xs.AddRange(x);
            ys.AddRange(y);
        }

        var (xLow, xHigh) = Padded(xs);
        var (yLow, yHigh) = Padded(ys);
        plot.Axes.SetLimits(xLow, xHigh, yLow, yHigh);
        var xTicks = LogAxisTicks.Between(Math.Pow(10, xLow), Math.Pow(10, xHigh));
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            xTicks.Select(Math.Log10).ToArray(), xTicks.Select(Formatting.ValueFormatter.Compact).ToArray());
        var (positions, labels) = YAxisTicks.Log(yLow, yHigh, spec.Unit);
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(positions, labels);
        plot.Axes.Bottom.Label.Text = $"{spec.Parameter} (log)";
        PlotTheme.ApplyToAxes(plot, theme);
        plot.Title(spec.Title);
        // The legend inside the plot's upper left, which costs that grow with size leave empty: a panel below the
        // plot shows two entries at most.
        plot.ShowLegend(Alignment.UpperLeft);
        PlotTheme.StyleLegend(plot, theme);
        return plot;
    }

    private static readonly MarkerShape[] ReferenceMarkers = [MarkerShape.OpenSquare, MarkerShape.OpenTriangleUp, MarkerShape.OpenDiamond, MarkerShape.OpenTriangleDown];

    private static (double Low, double High) Padded(IReadOnlyList<double> logs)
    {
        var (low, high) = (logs.Min(), logs.Max());
        var pad = high > low ? (high - low) * 0.08 : 0.5;
        return (low - pad, high + pad);
    }
}
