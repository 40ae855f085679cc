using System.Text.RegularExpressions;

namespace StaticBench.Site.Templates;

/// <summary>
/// Reads a template file and makes it safe to compile, for shipped and user-overridden templates alike:
/// <list type="bullet">
/// <item>Partial calls <c>{{&gt; x}}</c> become <c>{{~&gt; x}}</c>: Handlebars.Net 2.4.3 renders
/// <c>{{Name}}</c> unescaped inside a partial called alone on an indented line; the tilde avoids
/// that code path (it only trims the whitespace before the call).</item>
/// <item>Triple-stash <c>{{{x}}}</c> and <c>{{&amp;x}}</c> are refused: data strings must stay escaped;
/// markup built by StaticBench goes through <c>{{trusted x}}</c>.</item>
/// </list>
/// </summary>
public static partial class TemplateSource
{
    public static string Read(string file)
    {
        var text = File.ReadAllText(file);
        if (Unescaped().Match(text) is { Success: true } match)
        {
            throw new InvalidDataException(
                $"{file}: '{match.Value}' would output data unescaped; use {{{{x}}}} for text or {{{{trusted x}}}} for StaticBench-built markup.");
        }

        return PartialCall().Replace(text, "{{~>");
    }

    [GeneratedRegex(@"\{\{\{|\{\{~?\s*&")]
    private static partial Regex Unescaped();

    [GeneratedRegex(@"\{\{\s*>")]
    private static partial Regex PartialCall();
}
