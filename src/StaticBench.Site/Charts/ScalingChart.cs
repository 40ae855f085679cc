using System.Globalization;
using System.Text;
using StaticBench.Analysis.Scaling;
using StaticBench.Site.Formatting;
using StaticBench.Site.Templates;

namespace StaticBench.Site.Charts;

/// <summary>
/// Cost against size on log-log axes, every engine on one chart: each engine's latest median per size as
/// points in its colour, its fitted power law as a line, and a legend with each engine's exponent.
/// Ticks at powers of ten (and 2×, 5× when the range is narrow). Plain SVG, escaped.
/// </summary>
public static class ScalingChart
{
    private const double Width = 560, Height = 280, Left = 72, Right = 24, Top = 16, Bottom = 40, LegendRow = 18;

    /// <summary>Draws <paramref name="groups"/> (one per engine with its label and palette colour; they share machine, phase, metric, other parameters, size parameter and unit).</summary>
    public static TrustedHtml Render(string title, IReadOnlyList<(string Label, int Colour, ScalingGroup Group)> groups)
    {
        var all = groups.SelectMany(g => g.Group.Members.Select(m => (m.Size, Cost: m.Series.Latest!.Median))).Where(p => p.Size > 0 && p.Cost > 0).ToArray();
        var fits = groups.SelectMany(g => new[] { g.Group.Fit.Predict(g.Group.Members.Min(m => m.Size)), g.Group.Fit.Predict(g.Group.Members.Max(m => m.Size)) });
        var (xLow, xHigh) = Range(all.Select(p => p.Size));
        var (yLow, yHigh) = Range(all.Select(p => p.Cost).Concat(fits));
        var unit = groups[0].Group.Unit;
        var parameter = groups[0].Group.Parameter;
        var plotBottom = Height - Bottom;
        var height = Height + (LegendRow * groups.Count);
        double X(double v) => Left + ((Math.Log10(v) - xLow) / (xHigh - xLow) * (Width - Left - Right));
        double Y(double v) => plotBottom - ((Math.Log10(v) - yLow) / (yHigh - yLow) * (plotBottom - Top));

        var svg = new StringBuilder();
        svg.Append($"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart scaling\" viewBox=\"0 0 {Width} {SvgMarkup.Num(height)}\" role=\"img\">\n");
        svg.Append($"<title>{SvgMarkup.Escape(title)}</title>\n<g class=\"axis\">\n");
        foreach (var t in Ticks(yLow, yHigh))
        {
            var y = SvgMarkup.Num(Y(t));
            svg.Append($"<line class=\"grid\" x1=\"{Left}\" y1=\"{y}\" x2=\"{Width - Right}\" y2=\"{y}\"/>\n");
            svg.Append($"<text class=\"tick\" x=\"{Left - 6}\" y=\"{y}\" text-anchor=\"end\" dominant-baseline=\"middle\">{SvgMarkup.Escape(ValueFormatter.Format(t, unit))}</text>\n");
        }

        foreach (var t in Ticks(xLow, xHigh))
        {
            svg.Append($"<text class=\"tick\" x=\"{SvgMarkup.Num(X(t))}\" y=\"{SvgMarkup.Num(plotBottom + 18)}\" text-anchor=\"middle\">{SvgMarkup.Escape(ValueFormatter.Compact(t))}</text>\n");
        }

        svg.Append($"<text class=\"tick\" x=\"{SvgMarkup.Num((Left + Width - Right) / 2)}\" y=\"{SvgMarkup.Num(plotBottom + 34)}\" text-anchor=\"middle\">{SvgMarkup.Escape(parameter)} (log)</text>\n</g>\n");
        for (var i = 0; i < groups.Count; i++)
        {
            var (label, colour, group) = groups[i];
            var fit = group.Fit;
            var points = group.Members.Select(m => (m.Size, Cost: m.Series.Latest!.Median)).Where(p => p.Size > 0 && p.Cost > 0).ToArray();
            var (a, b) = (points.Min(p => p.Size), points.Max(p => p.Size));
            svg.Append($"<g class=\"series s{colour}\">\n");
            svg.Append($"<line class=\"fit{(fit.SuperLinear ? " super-linear" : "")}\" x1=\"{SvgMarkup.Num(X(a))}\" y1=\"{SvgMarkup.Num(Y(fit.Predict(a)))}\" x2=\"{SvgMarkup.Num(X(b))}\" y2=\"{SvgMarkup.Num(Y(fit.Predict(b)))}\"><title>{SvgMarkup.Escape($"{label}: {Describe(fit)}")}</title></line>\n");
            foreach (var (size, cost) in points)
            {
                var text = $"{label}, {parameter}={size.ToString(size == Math.Round(size) ? "N0" : "G6", CultureInfo.InvariantCulture)}: {ValueFormatter.Format(cost, unit)}";
                svg.Append($"<circle class=\"point\" cx=\"{SvgMarkup.Num(X(size))}\" cy=\"{SvgMarkup.Num(Y(cost))}\" r=\"3\"><title>{SvgMarkup.Escape(text)}</title></circle>\n");
            }

            var legendY = SvgMarkup.Num(Height + (LegendRow * i) - 4);
            svg.Append($"<rect class=\"swatch\" x=\"{Left}\" y=\"{SvgMarkup.Num(Height + (LegendRow * i) - 14)}\" width=\"12\" height=\"12\"/>\n");
            svg.Append($"<text class=\"legend-text\" x=\"{Left + 18}\" y=\"{legendY}\">{SvgMarkup.Escape($"{label}: exponent {fit.Exponent.ToString("0.00", CultureInfo.InvariantCulture)}{(fit.SuperLinear ? ", super-linear" : "")}")}</text>\n");
            svg.Append("</g>\n");
        }

        svg.Append("</svg>\n");
        return new TrustedHtml(svg.ToString());
    }

    /// <summary>"exponent 1.98 (95% CI 1.95–2.01)", plus "super-linear" when flagged.</summary>
    public static string Describe(ScalingFit fit) => string.Create(
        CultureInfo.InvariantCulture,
        $"exponent {fit.Exponent:0.00} (95% CI {fit.ExponentLow:0.00}–{fit.ExponentHigh:0.00}, R² {fit.RSquared:0.000}, {fit.Points} sizes){(fit.SuperLinear ? ": super-linear" : "")}");

    private static (double, double) Range(IEnumerable<double> values)
    {
        var logs = values.Where(v => v > 0).Select(Math.Log10).ToArray();
        var (low, high) = (logs.Min(), logs.Max());
        var pad = high > low ? (high - low) * 0.08 : 0.5;
        return (low - pad, high + pad);
    }

    private static IEnumerable<double> Ticks(double logLow, double logHigh)
    {
        var multipliers = logHigh - logLow < 1.5 ? new[] { 1.0, 2, 5 } : [1.0];
        for (var e = Math.Floor(logLow); e <= Math.Ceiling(logHigh); e++)
        {
            foreach (var m in multipliers)
            {
                var v = m * Math.Pow(10, e);
                if (Math.Log10(v) >= logLow && Math.Log10(v) <= logHigh)
                {
                    yield return v;
                }
            }
        }
    }
}
