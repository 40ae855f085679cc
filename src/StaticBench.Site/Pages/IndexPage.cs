using StaticBench.Site.Model;
using StaticBench.Site.Output;

namespace StaticBench.Site.Pages;

/// <summary><c>index.html</c>: every series by benchmark, skipped files, warnings, documents.</summary>
public sealed class IndexPage(PageWriter writer) : ISitePage
{
    public IReadOnlyList<string> Templates => ["index"];

    public string Name => "index";

    public void Render(SiteModel site, ISiteOutput output) =>
        writer.Write(output, site, "index.html", "index", site.Title, site, site.DataCommit);
}
