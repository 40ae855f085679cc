using System.Text;

namespace StaticBench.Importers.Reading;

/// <summary>
/// Python's <c>json</c> module writes <c>NaN</c>, <c>Infinity</c> and <c>-Infinity</c>, which are not JSON
/// (asv's result files hold them: NaN marks a skipped benchmark, ±Infinity an unbounded interval).
/// This turns them into <c>null</c> outside strings so that a JSON parser reads the rest exactly.
/// </summary>
public static class PythonJson
{
    public static string ToJson(string text)
    {
        var output = new StringBuilder(text.Length);
        var inString = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (inString)
            {
                output.Append(c);
                if (c == '\\' && i + 1 < text.Length)
                {
                    output.Append(text[++i]);
                }
                else if (c == '"')
                {
                    inString = false;
                }

                continue;
            }

            if (c == '"')
            {
                inString = true;
            }
            else if (Word(text, i, "NaN") || Word(text, i, "Infinity") || Word(text, i, "-Infinity"))
            {
                output.Append("null");
                i += text[i] == 'N' ? 2 : text[i] == '-' ? 8 : 7;
                continue;
            }

            output.Append(c);
        }

        return output.ToString();
    }

    private static bool Word(string text, int at, string word) => string.CompareOrdinal(text, at, word, 0, word.Length) == 0;
}
