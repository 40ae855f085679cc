using StaticBench.Site.Model;
using StaticBench.Site.Output;

namespace StaticBench.Site.Pages;

/// <summary><c>runs.html</c>: every run, newest first, pull requests and branches included.</summary>
public sealed class RunsPage(PageWriter writer) : ISitePage
{
    public string Name => "runs";

    public void Render(SiteModel site, ISiteOutput output) =>
        writer.Write(output, site, "runs.html", "runs", $"Runs · {site.Title}", site, site.DataCommit);
}
