using System.Globalization;
using System.Text;

namespace StaticBench.Site.Charts;

/// <summary>
/// The one escaping helper for SVG built in C#: every piece of text that reaches a chart (benchmark
/// names, subjects, engine labels, commit ids, even formatted numbers) goes through <see cref="Escape"/>,
/// which is valid both as XML text and inside double-quoted attributes, and safe inline in HTML.
/// </summary>
public static class SvgMarkup
{
    /// <summary>XML-escapes <paramref name="text"/> (<c>&amp; &lt; &gt; " '</c>) and drops control characters XML cannot hold.</summary>
    public static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            sb.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                '\n' => "&#10;",
                _ when char.IsControl(c) => "",
                _ => c.ToString(),
            });
        }

        return sb.ToString();
    }

    /// <summary>A coordinate with at most one decimal, invariant culture.</summary>
    public static string Num(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);
}
