using System.Text;
using StaticBench.Analysis.Series;
using StaticBench.Site.Templates;

namespace StaticBench.Site.Charts;

/// <summary>
/// A tiny inline trend of a series' medians for the index table: shape only, no axes or text,
/// the last point marked, at most the last <see cref="MaxPoints"/>. Contains no data strings at all,
/// so there is nothing to escape.
/// </summary>
public static class Sparkline
{
    public const int MaxPoints = 50;

    private const double Width = 100, Height = 24, Pad = 3;

    public static TrustedHtml Render(IReadOnlyList<SeriesPoint> all)
    {
        // By index: the native program's LINQ skips by walking every point before the last few.
        var points = new SeriesPoint[Math.Min(all.Count, MaxPoints)];
        for (var i = 0; i < points.Length; i++)
        {
            points[i] = all[all.Count - points.Length + i];
        }

        var svg = new StringBuilder($"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"spark\" viewBox=\"0 0 {Width} {Height}\" aria-hidden=\"true\">");
        if (points.Length > 0)
        {
            var low = points.Min(p => p.Median);
            var high = points.Max(p => p.Median);
            double X(int i) => points.Length == 1 ? Width / 2 : Pad + (i * (Width - (2 * Pad)) / (points.Length - 1));
            double Y(double v) => high > low ? Height - Pad - ((v - low) / (high - low) * (Height - (2 * Pad))) : Height / 2;
            var coords = points.Select((p, i) => $"{SvgMarkup.Num(X(i))},{SvgMarkup.Num(Y(p.Median))}");
            svg.Append($"<polyline points=\"{string.Join(" ", coords)}\"/>");
            svg.Append($"<circle cx=\"{SvgMarkup.Num(X(points.Length - 1))}\" cy=\"{SvgMarkup.Num(Y(points[^1].Median))}\" r=\"2\"/>");
        }

        return new TrustedHtml(svg.Append("</svg>").ToString());
    }
}
