using System.Globalization;
using System.Text;
using StaticBench.Analysis.Scaling;
using StaticBench.Site.Formatting;
using StaticBench.Site.Templates;

namespace StaticBench.Site.Charts;

/// <summary>
/// Cost against size on log-log axes: the latest median of each size as a point and the fitted power
/// law as a line. Ticks at powers of ten (and 2×, 5× when the range is narrow). Plain SVG, escaped.
/// </summary>
public static class ScalingChart
{
    private const double Width = 480, Height = 260, Left = 72, Right = 24, Top = 16, Bottom = 40;

    public static TrustedHtml Render(string title, ScalingGroup group)
    {
        var points = group.Members.Select(m => (m.Size, Cost: m.Series.Latest!.Median)).Where(p => p.Size > 0 && p.Cost > 0).ToArray();
        var fit = group.Fit;
        var (xLow, xHigh) = Range(points.Select(p => p.Size));
        var (yLow, yHigh) = Range(points.Select(p => p.Cost).Concat([fit.Predict(points.Min(p => p.Size)), fit.Predict(points.Max(p => p.Size))]));
        double X(double v) => Left + ((Math.Log10(v) - xLow) / (xHigh - xLow) * (Width - Left - Right));
        double Y(double v) => Height - Bottom - ((Math.Log10(v) - yLow) / (yHigh - yLow) * (Height - Top - Bottom));

        var svg = new StringBuilder();
        svg.Append($"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart scaling\" viewBox=\"0 0 {Width} {Height}\" role=\"img\">\n");
        svg.Append($"<title>{SvgMarkup.Escape(title)}</title>\n<g class=\"axis\">\n");
        foreach (var t in Ticks(yLow, yHigh))
        {
            var y = SvgMarkup.Num(Y(t));
            svg.Append($"<line class=\"grid\" x1=\"{Left}\" y1=\"{y}\" x2=\"{Width - Right}\" y2=\"{y}\"/>\n");
            svg.Append($"<text class=\"tick\" x=\"{Left - 6}\" y=\"{y}\" text-anchor=\"end\" dominant-baseline=\"middle\">{SvgMarkup.Escape(ValueFormatter.Format(t, group.Unit))}</text>\n");
        }

        foreach (var t in Ticks(xLow, xHigh))
        {
            svg.Append($"<text class=\"tick\" x=\"{SvgMarkup.Num(X(t))}\" y=\"{SvgMarkup.Num(Height - Bottom + 18)}\" text-anchor=\"middle\">{SvgMarkup.Escape(ValueFormatter.Compact(t))}</text>\n");
        }

        svg.Append($"<text class=\"tick\" x=\"{SvgMarkup.Num((Left + Width - Right) / 2)}\" y=\"{Height - 4}\" text-anchor=\"middle\">{SvgMarkup.Escape(group.Parameter)} (log)</text>\n</g>\n");
        var (a, b) = (points.Min(p => p.Size), points.Max(p => p.Size));
        svg.Append($"<line class=\"fit{(fit.SuperLinear ? " super-linear" : "")}\" x1=\"{SvgMarkup.Num(X(a))}\" y1=\"{SvgMarkup.Num(Y(fit.Predict(a)))}\" x2=\"{SvgMarkup.Num(X(b))}\" y2=\"{SvgMarkup.Num(Y(fit.Predict(b)))}\"><title>{SvgMarkup.Escape(Describe(fit))}</title></line>\n");
        svg.Append("<g class=\"series s0\">\n");
        foreach (var (size, cost) in points)
        {
            var label = $"{group.Parameter}={size.ToString(size == Math.Round(size) ? "N0" : "G6", CultureInfo.InvariantCulture)}: {ValueFormatter.Format(cost, group.Unit)}";
            svg.Append($"<circle class=\"point\" cx=\"{SvgMarkup.Num(X(size))}\" cy=\"{SvgMarkup.Num(Y(cost))}\" r=\"3\"><title>{SvgMarkup.Escape(label)}</title></circle>\n");
        }

        svg.Append("</g>\n</svg>\n");
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
