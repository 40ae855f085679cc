using StaticBench.Site.Model;
using StaticBench.Site.Output;

namespace StaticBench.Site.Pages;

/// <summary>One page per Markdown document of the data repository (<c>about.md</c> → <c>about.html</c>).</summary>
public sealed class DocumentPages(PageWriter writer) : ISitePage
{
    public IReadOnlyList<string> Templates => ["document"];

    public string Name => "document";

    public void Render(SiteModel site, ISiteOutput output)
    {
        foreach (var document in site.Documents)
        {
            writer.Write(output, site, document.Page, "document", $"{document.Title} · {site.Title}", document, dataCommit: null);
        }
    }
}
