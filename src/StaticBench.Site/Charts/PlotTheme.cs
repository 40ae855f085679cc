using ScottPlot;

namespace StaticBench.Site.Charts;

/// <summary>Paints a ScottPlot plot in a <see cref="ChartTheme"/> with <see cref="ChartFonts.Family"/> on every label.</summary>
internal static class PlotTheme
{
    /// <summary>Figure and data backgrounds and the grid.</summary>
    public static void Apply(Plot plot, ChartTheme theme)
    {
        var background = Color.FromHex(theme.Background);
        plot.FigureBackground.Color = background;
        plot.DataBackground.Color = background;
        plot.Grid.MajorLineColor = Color.FromHex(theme.Grid);
    }

    /// <summary>
    /// Fonts and colours of the title, every axis and its ticks. Names are set label by label
    /// rather than with <c>plot.Font.Set</c>, which also rewrites ScottPlot's process-wide
    /// defaults and pins the regular face on titles that should be bold.
    /// </summary>
    public static void ApplyToAxes(Plot plot, ChartTheme theme)
    {
        plot.Axes.Color(Color.FromHex(theme.MutedText));
        foreach (var axis in plot.Axes.GetAxes())
        {
            axis.Label.FontName = ChartFonts.Family;
            axis.TickLabelStyle.FontName = ChartFonts.Family;
            axis.TickLabelStyle.FontSize = 12;
        }

        var title = plot.Axes.Title.Label;
        title.FontName = ChartFonts.Family;
        title.Bold = true;
        title.FontSize = 16;
        title.ForeColor = Color.FromHex(theme.Text);
    }

    /// <summary>A one-row legend under the x axis, outside the data so it never hides a line.</summary>
    public static void ShowLegendBelow(Plot plot, ChartTheme theme)
    {
        var panel = plot.ShowLegend(Edge.Bottom);
        panel.Padding = new PixelPadding(10, 4);
        StyleLegend(plot, theme);
    }

    /// <summary>The legend's font and colours, wherever it is shown.</summary>
    public static void StyleLegend(Plot plot, ChartTheme theme)
    {
        var legend = plot.Legend;
        legend.FontName = ChartFonts.Family;
        legend.FontSize = 12;
        legend.FontColor = Color.FromHex(theme.Text);
        legend.BackgroundColor = Color.FromHex(theme.Background);
        legend.OutlineColor = Colors.Transparent;
        legend.ShadowColor = Colors.Transparent;
    }
}
