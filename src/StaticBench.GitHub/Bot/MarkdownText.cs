using System.Text;

namespace StaticBench.GitHub.Bot;

/// <summary>
/// Makes outside text inert in a GitHub comment: Markdown punctuation (and <c>$</c>, which GitHub renders as math) is backslash-escaped, HTML
/// brackets become entities, and <c>@</c> gets a zero-width joiner so nobody is mentioned by an echo.
/// </summary>
public static class MarkdownText
{
    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text.ReplaceLineEndings(" "))
        {
            switch (c)
            {
                case '<':
                    builder.Append("&lt;");
                    break;
                case '>':
                    builder.Append("&gt;");
                    break;
                case '&':
                    builder.Append("&amp;");
                    break;
                case '@':
                    builder.Append("@\u200D");
                    break;
                case '\\' or '`' or '$' or '*' or '_' or '{' or '}' or '[' or ']' or '(' or ')' or '#' or '+' or '-' or '!' or '|' or '~':
                    builder.Append('\\').Append(c);
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        return builder.ToString();
    }
}
