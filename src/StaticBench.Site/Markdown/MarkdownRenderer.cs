using Markdig;
using Markdig.Extensions.GenericAttributes;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using StaticBench.Site.Templates;

namespace StaticBench.Site.Markdown;

/// <summary>
/// Renders the data repository's Markdown (semi-trusted: anyone who can push results can edit it)
/// with Markdig's advanced extensions but: raw HTML is shown as text (<c>DisableHtml</c>), generic
/// attributes (<c>{onclick=...}</c>) are off, and link/image URLs other than http(s), mailto,
/// fragments and relative paths become <c>#</c>. Relative links to <c>.md</c> files point to their pages.
/// </summary>
public static class MarkdownRenderer
{
    private static readonly MarkdownPipeline Pipeline = BuildPipeline();

    /// <summary>Renders <paramref name="markdown"/>; <paramref name="title"/> is its first heading, if any.</summary>
    public static TrustedHtml Render(string markdown, out string? title)
    {
        var document = Markdig.Markdown.Parse(markdown, Pipeline);
        foreach (var link in document.Descendants<LinkInline>())
        {
            link.Url = UrlPolicy.Rewrite(link.Url);
        }

        foreach (var autolink in document.Descendants<AutolinkInline>())
        {
            autolink.Url = UrlPolicy.Rewrite(autolink.Url) ?? "#";
        }

        title = document.Descendants<HeadingBlock>().FirstOrDefault() is { Inline: { } inline }
            ? string.Concat(inline.Descendants<LiteralInline>().Select(l => l.Content.ToString())).Trim()
            : null;
        return new TrustedHtml(Markdig.Markdown.ToHtml(document, Pipeline));
    }

    private static MarkdownPipeline BuildPipeline()
    {
        var builder = new MarkdownPipelineBuilder().UseAdvancedExtensions().DisableHtml();
        builder.Extensions.TryRemove<GenericAttributesExtension>();
        return builder.Build();
    }
}
