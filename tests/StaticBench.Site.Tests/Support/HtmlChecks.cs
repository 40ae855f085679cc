using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace StaticBench.Site.Tests.Support;

/// <summary>Parses generated pages the way a browser would and looks for what must never be there.</summary>
public static class HtmlChecks
{
    private static readonly HtmlParser Parser = new();

    private static readonly string[] UrlAttributes = ["href", "src", "action", "formaction", "xlink:href", "poster", "data"];

    public static IDocument Parse(string html) => Parser.ParseDocument(html);

    /// <summary>Elements and attributes that only an injection could have produced (we emit no script at all).</summary>
    public static IReadOnlyList<string> InjectedMarkup(IDocument document)
    {
        var problems = new List<string>();
        foreach (var element in document.All)
        {
            if (element.LocalName is "script" or "iframe" or "object" or "embed" or "foreignobject" or "b" or "i")
            {
                problems.Add($"element <{element.LocalName}>");
            }

            foreach (var attribute in element.Attributes)
            {
                if (attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase) || attribute.Name == "style")
                {
                    problems.Add($"attribute {attribute.Name} on <{element.LocalName}>");
                }

                if (UrlAttributes.Contains(attribute.Name, StringComparer.OrdinalIgnoreCase) && IsScriptUrl(attribute.Value))
                {
                    problems.Add($"{attribute.Name}=\"{attribute.Value}\" on <{element.LocalName}>");
                }
            }
        }

        return problems;
    }

    private static bool IsScriptUrl(string url)
    {
        var compact = new string(url.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray()).ToLowerInvariant();
        return compact.StartsWith("javascript:") || compact.StartsWith("data:") || compact.StartsWith("vbscript:");
    }
}
