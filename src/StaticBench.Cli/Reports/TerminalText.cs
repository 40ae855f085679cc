using System.Globalization;
using System.Text;

namespace StaticBench.Cli.Reports;

/// <summary>
/// Text from outside (file names, commit subjects, problems quoting them) made safe to print on a terminal:
/// control characters, which could move the cursor, recolour or retitle the terminal (ESC sequences) or
/// forge extra output lines, are shown as <c>\uXXXX</c> escapes instead.
/// </summary>
public static class TerminalText
{
    public static string Printable(string text)
    {
        if (!text.Any(char.IsControl))
        {
            return text;
        }

        var sb = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            sb.Append(char.IsControl(c) ? string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}") : c);
        }

        return sb.ToString();
    }
}
