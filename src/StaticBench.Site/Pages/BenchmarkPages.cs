using StaticBench.Site.Model;
using StaticBench.Site.Output;

namespace StaticBench.Site.Pages;

/// <summary><c>benchmarks/&lt;slug&gt;.html</c>: trend charts and the results table of each benchmark.</summary>
public sealed class BenchmarkPages(PageWriter writer) : ISitePage
{
    public IReadOnlyList<string> Templates => ["benchmark"];

    public string Name => "benchmark";

    public void Render(SiteModel site, ISiteOutput output)
    {
        PageWriter.ForEach(site.Benchmarks, benchmark =>
            writer.Write(output, site, benchmark.Page, "benchmark", $"{benchmark.Name} · {site.Title}", benchmark, benchmark.DataCommit));
    }
}
