using System.Globalization;
using ScottPlot;

namespace StaticBench.Site.Charts;

/// <summary>
/// Builds the ScottPlot <see cref="Plot"/> of a <see cref="TrendImageSpec"/>: dates along x, one
/// median line and translucent band per line, step markers, unit-aware y ticks, the title, and a
/// legend below the plot naming every line.
/// </summary>
internal static class TrendPlot
{
    /// <summary>Room kept for the title whether or not there is one, so a title never moves the plot.</summary>
    private const float TitleHeight = 34;

    private const double BandOpacity = 0.18;

    public static Plot Build(TrendImageSpec spec)
    {
        ChartFonts.EnsureRegistered();
        var theme = ChartPalette.For(spec.Dark);
        var prepared = spec.Lines.Select(l => TrendPoints.Prepare(l, spec.LogY)).ToArray();
        var (xLow, xHigh) = TrendPoints.XRange(prepared);

        // As many columns as the image is wide: the data area is narrower, so each of its pixels gets one or more.
        var lines = prepared.Select(l => l.Thin(xLow, xHigh, spec.Width)).ToArray();
        var plot = new Plot();
        PlotTheme.Apply(plot, theme);

        // Before anything else: replacing the bottom axis autoscales every axis, limits included.
        var dates = plot.Axes.DateTimeTicksBottom();

        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var color = Color.FromHex(theme.Line(i));
            if (line.X.Length == 0)
            {
                continue;
            }

            // A dense line is a vertical stroke per pixel column: smoothing its edges doubles the drawing and
            // the PNG's size, and shows nothing. A sparse one keeps its smooth diagonals.
            // Markers off, not size 0: ScottPlot draws a zero-size circle at every point and polygon vertex
            // otherwise, a tenth of the image's cost.
            // ScottPlot's own band and line, with their paths made in one call each (PolylinePaths).
            var band = new PolylinePaths.Band(line.X, line.Low, line.High);
            plot.Add.Plottable(band);
            band.FillColor = color.WithAlpha(BandOpacity);
            band.LineWidth = 0;
            band.FillStyle.AntiAlias = !line.Dense;
            band.MarkerStyle.IsVisible = false;

            var median = new PolylinePaths.Line(line.X, line.Median) { LineColor = color, MarkerFillColor = color, MarkerLineColor = color };
            plot.Add.Plottable(median);
            median.LineWidth = 1.5f;
            median.LineStyle.AntiAlias = !line.Dense;
            median.MarkerSize = 4;
            median.MarkerStyle.IsVisible = !line.Dense && line.X.Length <= 60;
            median.LegendText = line.Name;
        }

        AddMarkers(plot, theme, spec.Markers, xLow, xHigh);
        var (yLow, yHigh) = TrendPoints.YRange(lines, spec.LogY);
        plot.Axes.SetLimits(xLow, xHigh, yLow, yHigh);

        dates.TickGenerator = DateTicks();
        var (positions, labels) = spec.LogY ? YAxisTicks.Log(yLow, yHigh, spec.Unit) : YAxisTicks.Linear(yLow, yHigh, spec.Unit);
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(positions, labels);

        // Room on the right for half of the last date label, which ScottPlot centres on its tick.
        plot.Axes.Right.MinimumSize = 40;

        // Fonts and colours last, once every axis exists.
        PlotTheme.ApplyToAxes(plot, theme);
        plot.Title(spec.Title);
        plot.Axes.Title.MinimumSize = plot.Axes.Title.MaximumSize = TitleHeight;
        PlotTheme.ShowLegendBelow(plot, theme);
        return plot;
    }

    /// <summary>Dates in ISO order whatever the culture; times only when ticks are hours or less apart.</summary>
    private static ScottPlot.TickGenerators.DateTimeAutomatic DateTicks()
    {
        var ticks = new ScottPlot.TickGenerators.DateTimeAutomatic();
        ticks.LabelFormatter = t => t.ToString(
            ticks.TimeUnit is ScottPlot.TickGenerators.TimeUnits.Day or ScottPlot.TickGenerators.TimeUnits.Month or ScottPlot.TickGenerators.TimeUnits.Year
                ? "yyyy-MM-dd"
                : "MM-dd HH:mm",
            CultureInfo.InvariantCulture);
        return ticks;
    }

    private static void AddMarkers(Plot plot, ChartTheme theme, IReadOnlyList<TrendImageMarker> markers, double xLow, double xHigh)
    {
        var named = new HashSet<bool>();
        foreach (var marker in markers.OrderBy(m => m.Time).ThenBy(m => m.IsRegression))
        {
            var x = marker.Time.UtcDateTime.ToOADate();
            if (x < xLow || x > xHigh)
            {
                continue;
            }

            var color = Color.FromHex(marker.IsRegression ? theme.Regression : theme.Improvement);
            var line = plot.Add.VerticalLine(x, 1.5f, color, marker.Acknowledged ? LinePattern.Dashed : LinePattern.Solid);
            line.EnableAutoscale = false;

            // One legend entry per kind says what the red and green lines mean.
            if (named.Add(marker.IsRegression))
            {
                line.LegendText = marker.IsRegression ? "regression" : "improvement";
            }
        }
    }
}
