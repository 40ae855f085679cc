using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace StaticBench.Site.Tests.Support;

/// <summary>Parses generated pages the way a browser would and looks for what must never be there.</summary>
public static class HtmlChecks
{
    private static readonly HtmlParser Parser = new();

    private static readonly string[] UrlAttributes = ["href", "src", "action", "formaction", "xlink:href", "poster", "data"];

    public static IDocument Parse(string html) => Parser.ParseDocument(html);

    /// <summary>
    /// Elements and attributes that only an injection could have produced. The only scripts pages have are the site's
    /// own files (<c>assets/*.js</c>, <c>data/**.js</c>) loaded by a relative <c>src</c>; no inline script, no handler.
    /// </summary>
    public static IReadOnlyList<string> InjectedMarkup(IDocument document)
    {
        var problems = new List<string>();
        foreach (var element in document.All)
        {
            if (element.LocalName == "script" && !IsOwnScript(element))
            {
                problems.Add($"element <script{(element.HasAttribute("src") ? $" src=\"{element.GetAttribute("src")}\"" : "")}>");
            }

            if (element.LocalName is "iframe" or "object" or "embed" or "foreignobject" or "b" or "i")
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

    private static bool IsOwnScript(IElement script)
    {
        var src = script.GetAttribute("src");
        if (src is null || script.TextContent.Length > 0 || script.Attributes.Length != 1)
        {
            return false;
        }

        while (src.StartsWith("../", StringComparison.Ordinal))
        {
            src = src[3..];
        }

        return (src.StartsWith("assets/", StringComparison.Ordinal) || src.StartsWith("data/", StringComparison.Ordinal))
            && src.EndsWith(".js", StringComparison.Ordinal) && !src.Contains("..", StringComparison.Ordinal) && !src.Contains(':', StringComparison.Ordinal);
    }

    private static bool IsScriptUrl(string url)
    {
        var compact = new string(url.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray()).ToLowerInvariant();
        return compact.StartsWith("javascript:") || compact.StartsWith("data:") || compact.StartsWith("vbscript:");
    }
}
