using SkiaSharp;
using StaticBench.Site.Formatting;

namespace StaticBench.Site.Charts;

/// <summary>
/// A small PNG card per benchmark for READMEs: name, latest value, status in its colour, and a
/// sparkline of the recent medians. Pure: same spec, same bytes.
/// </summary>
/// <remarks>
/// Drawn with SkiaSharp directly rather than through ScottPlot: a card is text placed by layout,
/// not a plot with axes, and drawing it is a fraction of a trend image's cost. It uses the same
/// embedded faces (<see cref="ChartFonts"/>), so its text cannot silently disappear either.
/// </remarks>
public static class TrendCard
{
    /// <summary>How many of the most recent values the sparkline shows.</summary>
    public const int SparkPoints = 200;

    private const float Pad = 14, SparkShare = 0.42f;

    /// <summary>The card as a PNG of <see cref="TrendCardSpec.Width"/> × <see cref="TrendCardSpec.Height"/> pixels.</summary>
    public static byte[] RenderPng(TrendCardSpec spec)
    {
        var theme = ChartPalette.For(spec.Dark);
        using var surface = PngEncoding.Surface(spec.Width, spec.Height);
        var canvas = surface.Canvas;
        canvas.Clear(SKColor.Parse(theme.Background));
        using var border = new SKPaint { Color = SKColor.Parse(theme.Grid), IsStroke = true, StrokeWidth = 1, IsAntialias = true };
        canvas.DrawRoundRect(new SKRect(0.5f, 0.5f, spec.Width - 0.5f, spec.Height - 0.5f), 6, 6, border);

        var sparkLeft = spec.Width * (1 - SparkShare);
        var textWidth = sparkLeft - (2 * Pad);
        using var nameFont = new SKFont(ChartFonts.Bold, 15);
        using var valueFont = new SKFont(ChartFonts.Bold, 26);
        using var smallFont = new SKFont(ChartFonts.Regular, 13);
        var latest = spec.Values.Count > 0 ? ValueFormatter.Format(spec.Values[^1], spec.Unit) : "no data";

        Text(canvas, TextFit.End(TextFit.Plain(spec.Name), nameFont, spec.Width - (2 * Pad)), Pad, Pad + 15, nameFont, theme.Text);
        Text(canvas, TextFit.End(TextFit.Plain(latest), valueFont, textWidth), Pad, Pad + 58, valueFont, theme.Text);
        Text(canvas, SeriesStatusText.Short(spec.Status), Pad, Pad + 82, smallFont, theme.Status(spec.Status.State));
        if (spec.Detail.Length > 0)
        {
            Text(canvas, TextFit.End(TextFit.Plain(spec.Detail), smallFont, textWidth), Pad, spec.Height - Pad, smallFont, theme.MutedText);
        }

        Spark(canvas, spec.Values.Skip(Math.Max(0, spec.Values.Count - SparkPoints)).ToArray(), new SKRect(sparkLeft, Pad + 30, spec.Width - Pad, spec.Height - Pad), theme.Line(0));

        return PngEncoding.Of(surface);
    }

    private static void Text(SKCanvas canvas, string text, float x, float baseline, SKFont font, string color)
    {
        using var paint = new SKPaint { Color = SKColor.Parse(color), IsAntialias = true };
        canvas.DrawText(text, x, baseline, SKTextAlign.Left, font, paint);
    }

    private static void Spark(SKCanvas canvas, double[] values, SKRect box, string color)
    {
        var finite = values.Where(double.IsFinite).ToArray();
        if (finite.Length == 0)
        {
            return;
        }

        var (low, high) = (finite.Min(), finite.Max());
        float X(int i) => finite.Length == 1 ? box.MidX : box.Left + (i * box.Width / (finite.Length - 1));
        float Y(double v) => high > low ? box.Bottom - (float)((v - low) / (high - low) * box.Height) : box.MidY;
        var points = new SKPoint[finite.Length];
        for (var i = 0; i < finite.Length; i++)
        {
            points[i] = new SKPoint(X(i), Y(finite[i]));
        }

        using var path = PolylinePaths.Through(points);

        using var line = new SKPaint { Color = SKColor.Parse(color), IsStroke = true, StrokeWidth = 1.5f, IsAntialias = true, StrokeJoin = SKStrokeJoin.Round };
        canvas.DrawPath(path, line);
        using var dot = new SKPaint { Color = SKColor.Parse(color), IsAntialias = true };
        canvas.DrawCircle(X(finite.Length - 1), Y(finite[^1]), 3, dot);
    }
}
