using System.Text;
using StaticBench.Analysis.Series;
using StaticBench.Schema.Model;
using StaticBench.Site.Formatting;
using StaticBench.Site.Templates;

namespace StaticBench.Site.Charts;

/// <summary>
/// The trend chart of a benchmark page: one or more series (typically the engines of one
/// phase + metric + parameters + machine) over the project's commits in history order, a min–max
/// whisker per point and a <c>&lt;title&gt;</c> tooltip per point. Plain SVG, no script, so it works
/// from file:// and in any viewer. Colors come from the stylesheet (<c>.s0</c>…<c>.s7</c>).
/// </summary>
public static class TrendChart
{
    private const double Width = 720, Height = 280, Left = 72, Right = 32, Bottom = 44, LegendRow = 18;
    private const int MaxXLabels = 8, Colors = 8;

    /// <summary>Draws <paramref name="lines"/>, whose values are all in <paramref name="unit"/>, positioned by <paramref name="order"/>.</summary>
    public static TrustedHtml Render(string title, IReadOnlyList<ChartLine> lines, string unit, ProjectCommitOrder order, IReadOnlyList<ChartMarker>? markers = null)
    {
        var commits = lines.SelectMany(l => l.Points).Select(p => p.Commit).Distinct(StringComparer.Ordinal)
            .OrderBy(order.IndexOf).ToArray();
        var xOf = commits.Select((c, i) => (c, i)).ToDictionary(p => p.c, p => p.i, StringComparer.Ordinal);
        var points = lines.SelectMany(l => l.Points).ToArray();
        var top = 12 + (lines.Count > 1 ? LegendRow * lines.Count : 0);
        var bottom = Height + top - 12 - Bottom;
        var height = bottom + Bottom;
        var scale = AxisScale.Covering(points.Length > 0 ? points.Min(p => p.Min) : 0, points.Length > 0 ? points.Max(p => p.Max) : 1);
        double X(int i) => commits.Length <= 1 ? (Left + Width - Right) / 2 : Left + (i * (Width - Left - Right) / (commits.Length - 1));
        double Y(double v) => scale.Y(v, top, bottom);

        var svg = new StringBuilder();
        svg.Append($"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 {Width} {SvgMarkup.Num(height)}\" role=\"img\">").Append('\n');
        svg.Append($"<title>{SvgMarkup.Escape(title)}</title>").Append('\n');
        svg.Append("<g class=\"axis\">").Append('\n');
        foreach (var tick in scale.Ticks)
        {
            var y = SvgMarkup.Num(Y(tick));
            svg.Append($"<line class=\"grid\" x1=\"{Left}\" y1=\"{y}\" x2=\"{Width - Right}\" y2=\"{y}\"/>").Append('\n');
            svg.Append($"<text class=\"tick\" x=\"{Left - 6}\" y=\"{y}\" text-anchor=\"end\" dominant-baseline=\"middle\">{SvgMarkup.Escape(ValueFormatter.Format(tick, unit))}</text>").Append('\n');
        }

        var every = Math.Max(1, (int)Math.Ceiling(commits.Length / (double)MaxXLabels));
        for (var i = 0; i < commits.Length; i++)
        {
            if (i % every == 0 || i == commits.Length - 1)
            {
                svg.Append($"<text class=\"tick\" x=\"{SvgMarkup.Num(X(i))}\" y=\"{SvgMarkup.Num(bottom + 18)}\" text-anchor=\"middle\">{SvgMarkup.Escape(CommitId.Short(commits[i]))}</text>").Append('\n');
            }
        }

        svg.Append("</g>").Append('\n');
        foreach (var marker in (markers ?? []).Where(m => xOf.ContainsKey(m.Commit)).OrderBy(m => xOf[m.Commit]).ThenBy(m => m.Label, StringComparer.Ordinal))
        {
            // Between the last commit before the step and the first after it.
            var i = xOf[marker.Commit];
            var x = SvgMarkup.Num(i == 0 ? X(0) : (X(i - 1) + X(i)) / 2);
            var kind = marker.IsRegression ? "regression" : "improvement";
            svg.Append($"<line class=\"change-marker {kind}{(marker.Acknowledged ? " acknowledged" : "")}\" x1=\"{x}\" y1=\"{SvgMarkup.Num(top)}\" x2=\"{x}\" y2=\"{SvgMarkup.Num(bottom)}\"><title>{SvgMarkup.Escape(marker.Label)}</title></line>").Append('\n');
        }

        for (var l = 0; l < lines.Count; l++)
        {
            var line = lines[l];
            svg.Append($"<g class=\"series s{l % Colors}\">").Append('\n');
            var path = string.Join(" ", line.Points.Select(p => $"{SvgMarkup.Num(X(xOf[p.Commit]))},{SvgMarkup.Num(Y(p.Median))}"));
            svg.Append($"<polyline class=\"line\" points=\"{path}\"/>").Append('\n');
            foreach (var p in line.Points)
            {
                var x = SvgMarkup.Num(X(xOf[p.Commit]));
                svg.Append($"<line class=\"whisker\" x1=\"{x}\" y1=\"{SvgMarkup.Num(Y(p.Min))}\" x2=\"{x}\" y2=\"{SvgMarkup.Num(Y(p.Max))}\"/>").Append('\n');
                svg.Append($"<circle class=\"point\" cx=\"{x}\" cy=\"{SvgMarkup.Num(Y(p.Median))}\" r=\"3\"><title>{SvgMarkup.Escape(Tooltip(line.Label, p, unit))}</title></circle>").Append('\n');
            }

            svg.Append("</g>").Append('\n');
            if (lines.Count > 1)
            {
                var ly = 12 + (l * LegendRow);
                svg.Append($"<g class=\"legend s{l % Colors}\"><rect class=\"swatch\" x=\"{Left}\" y=\"{ly}\" width=\"12\" height=\"12\"/>").Append('\n');
                svg.Append($"<text x=\"{Left + 18}\" y=\"{ly + 10}\">{SvgMarkup.Escape(line.Label)}</text></g>").Append('\n');
            }
        }

        svg.Append("</svg>").Append('\n');
        return new TrustedHtml(svg.ToString());
    }

    private static string Tooltip(string label, SeriesPoint p, string unit) =>
        $"{CommitId.Short(p.Commit)} {p.Subject}\n{label}: {ValueFormatter.Format(p.Median, unit)}"
        + $" (min {ValueFormatter.Format(p.Min, unit)}, max {ValueFormatter.Format(p.Max, unit)}, n={p.SampleCount})";
}
