using StaticBench.Site.Model;
using StaticBench.Site.Output;

namespace StaticBench.Site.Pages;

/// <summary>
/// <c>compare.html</c>: any two commits side by side. The page is a shell: its script reads
/// <c>data/index.js</c> and <c>data/commits.js</c>, loads the two commits' raw samples
/// (<see cref="SampleShards"/>) and runs the same tests as <c>staticbench compare</c>, so it works on a static host.
/// </summary>
public sealed class ComparePage(PageWriter writer) : ISitePage
{
    public const string Path = "compare.html";

    public IReadOnlyList<string> Templates => ["compare"];

    public string Name => "compare";

    public void Render(SiteModel site, ISiteOutput output) =>
        writer.Write(output, site, Path, "compare", $"Compare · {site.Title}", site, site.DataCommit);
}
