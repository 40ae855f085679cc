using StaticBench.Site.Model;
using StaticBench.Site.Output;

namespace StaticBench.Site.Pages;

/// <summary>
/// <c>references.html</c>: every reference file of the data repository (other systems' published numbers) with its
/// citation, including those no benchmark of ours is matched with. Written only when there are any.
/// </summary>
public sealed class ReferencesPage(PageWriter writer) : ISitePage
{
    public IReadOnlyList<string> Templates => ["references"];

    public string Name => "references";

    public void Render(SiteModel site, ISiteOutput output)
    {
        if (site.HasReferences)
        {
            writer.Write(output, site, "references.html", "references", $"Published numbers · {site.Title}", site, site.DataCommit);
        }
    }
}
