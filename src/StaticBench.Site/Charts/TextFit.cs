using System.Globalization;
using SkiaSharp;

namespace StaticBench.Site.Charts;

/// <summary>
/// Shortens text to a pixel width measured with the chart font, cutting between whole characters
/// (never inside a surrogate pair or a combining sequence) and marking the cut with an ellipsis.
/// </summary>
internal static class TextFit
{
    private const string Ellipsis = "…";

    /// <summary><paramref name="text"/> on one line: control characters (newlines, tabs) become spaces.</summary>
    public static string Plain(string text) => string.Create(text.Length, text, (span, t) =>
    {
        for (var i = 0; i < t.Length; i++)
        {
            span[i] = char.IsControl(t[i]) ? ' ' : t[i];
        }
    });

    /// <summary><paramref name="text"/>, or its start plus "…", no wider than <paramref name="maxWidth"/>.</summary>
    public static string End(string text, SKFont font, float maxWidth) =>
        Fit(text, font, maxWidth, (parts, keep) => string.Concat(parts.Take(keep)) + Ellipsis);

    /// <summary>
    /// <paramref name="text"/>, or its start and end around "…", no wider than <paramref name="maxWidth"/>:
    /// series names carry the benchmark first and the metric last, and both tell series apart.
    /// </summary>
    public static string Middle(string text, SKFont font, float maxWidth) =>
        Fit(text, font, maxWidth, (parts, keep) =>
            string.Concat(parts.Take(keep - (keep / 2))) + Ellipsis + string.Concat(parts.Skip(parts.Length - (keep / 2))));

    private static string Fit(string text, SKFont font, float maxWidth, Func<string[], int, string> cut)
    {
        if (font.MeasureText(text) <= maxWidth)
        {
            return text;
        }

        // Binary search for the most characters that fit: width grows with the characters kept.
        var parts = TextElements(text);
        var (fits, tooWide) = (0, parts.Length);
        while (tooWide - fits > 1)
        {
            var keep = (fits + tooWide) / 2;
            (fits, tooWide) = font.MeasureText(cut(parts, keep)) <= maxWidth ? (keep, tooWide) : (fits, keep);
        }

        return fits == 0 ? Ellipsis : cut(parts, fits);
    }

    private static string[] TextElements(string text)
    {
        var parts = new List<string>(text.Length);
        var e = StringInfo.GetTextElementEnumerator(text);
        while (e.MoveNext())
        {
            parts.Add(e.GetTextElement());
        }

        return [.. parts];
    }
}
