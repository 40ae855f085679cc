using System.Globalization;
using System.Text;
using SkiaSharp;
using StaticBench.Site.Formatting;

namespace StaticBench.Site.Charts;

/// <summary>
/// An SVG badge per series for READMEs, in the shields.io shape: the series name on dark grey, then
/// the latest value and status word on the status colour (regression red, improvement green, no
/// change grey, too little data grey-blue), white text at 5:1 or more on every part.
/// </summary>
/// <remarks>
/// Hand-written SVG: no badge library is served by our package mirror, and a badge is two
/// rectangles and two texts. Every string passes through <see cref="SvgMarkup.Escape"/>. Widths are
/// measured with the embedded DejaVu Sans and pinned with <c>textLength</c>, so a viewer that falls
/// back to another font still fits the text in its box.
/// </remarks>
public static class SeriesBadge
{
    private const float FontSize = 11, Pad = 6, Height = 20, MaxLabelWidth = 200, MaxMessageWidth = 260;
    private const string FontFamily = "DejaVu Sans,Verdana,Geneva,sans-serif";

    /// <summary>The badge as a standalone SVG document (serve it as <c>image/svg+xml</c>).</summary>
    public static string Render(SeriesBadgeSpec spec)
    {
        using var font = new SKFont(ChartFonts.Regular, FontSize);
        var label = TextFit.Middle(TextFit.Plain(spec.Label), font, MaxLabelWidth);
        var value = spec.Latest is { } latest ? ValueFormatter.Format(latest, spec.Unit) : "no data";
        var message = TextFit.End(TextFit.Plain($"{value} · {SeriesStatusText.Short(spec.Status)}"), font, MaxMessageWidth);
        var (labelText, messageText) = (font.MeasureText(label), font.MeasureText(message));
        var (left, right) = (Math.Ceiling(labelText + (2 * Pad)), Math.Ceiling(messageText + (2 * Pad)));
        var width = left + right;
        var said = SvgMarkup.Escape($"{label}: {message}");

        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{Height}\" role=\"img\" aria-label=\"{said}\">\n");
        svg.Append(CultureInfo.InvariantCulture, $"<title>{said}</title>\n");
        svg.Append(CultureInfo.InvariantCulture, $"<clipPath id=\"badge\"><rect width=\"{width}\" height=\"{Height}\" rx=\"3\"/></clipPath>\n");
        svg.Append("<g clip-path=\"url(#badge)\">\n");
        svg.Append(CultureInfo.InvariantCulture, $"<rect width=\"{left}\" height=\"{Height}\" fill=\"{ChartPalette.BadgeLabel}\"/>\n");
        svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{left}\" width=\"{right}\" height=\"{Height}\" fill=\"{ChartPalette.Light.Status(spec.Status.State)}\"/>\n");
        svg.Append("</g>\n");
        svg.Append(CultureInfo.InvariantCulture, $"<g fill=\"{ChartPalette.BadgeText}\" text-anchor=\"middle\" font-family=\"{FontFamily}\" font-size=\"{FontSize}\">\n");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{SvgMarkup.Num(left / 2)}\" y=\"14\" textLength=\"{SvgMarkup.Num(labelText)}\" lengthAdjust=\"spacingAndGlyphs\">{SvgMarkup.Escape(label)}</text>\n");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{SvgMarkup.Num(left + (right / 2))}\" y=\"14\" textLength=\"{SvgMarkup.Num(messageText)}\" lengthAdjust=\"spacingAndGlyphs\">{SvgMarkup.Escape(message)}</text>\n");
        svg.Append("</g>\n</svg>\n");
        return svg.ToString();
    }
}
