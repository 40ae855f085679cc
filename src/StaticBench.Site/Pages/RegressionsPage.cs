using StaticBench.Site.Model;
using StaticBench.Site.Output;

namespace StaticBench.Site.Pages;

/// <summary><c>regressions.html</c>: every change found over history, newest first, acknowledged ones marked.</summary>
public sealed class RegressionsPage(PageWriter writer) : ISitePage
{
    public IReadOnlyList<string> Templates => ["regressions"];

    public string Name => "regressions";

    public void Render(SiteModel site, ISiteOutput output) =>
        writer.Write(output, site, "regressions.html", "regressions", $"Regressions · {site.Title}", site, site.DataCommit);
}
