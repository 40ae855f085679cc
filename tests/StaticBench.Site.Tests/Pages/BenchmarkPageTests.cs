using AngleSharp.Dom;
using StaticBench.Site.Tests.Support;

namespace StaticBench.Site.Tests.Pages;

public class BenchmarkPageTests
{
    private static IDocument SortQuickPage()
    {
        var output = SiteHarness.Generate(Snapshots.Small());
        var path = output.Files.Keys.Single(p => p.StartsWith("benchmarks/sort-quick-", StringComparison.Ordinal) && p.EndsWith(".html", StringComparison.Ordinal));
        return HtmlChecks.Parse(output.Text(path));
    }

    [Fact]
    public void Engines_of_one_phase_and_metric_share_a_chart_with_a_heading_and_a_static_image()
    {
        // Given the small history, when the site is built
        var output = SiteHarness.Generate(Snapshots.Small());
        var page = HtmlChecks.Parse(output.Text(output.Files.Keys.Single(p => p.StartsWith("benchmarks/sort-quick-", StringComparison.Ordinal))));

        // Then sort/quick has one chart, headed by what it shows, with a ScottPlot image for browsers without scripts
        var figure = page.QuerySelectorAll("figure.chart-box").ShouldHaveSingleItem();
        figure.QuerySelector("h3")!.TextContent.ShouldBe("execute · wall-time · x86-bench-1");
        var image = figure.QuerySelector("img.chart-image")!.GetAttribute("src")!.Replace("../", "");
        output.Files[image].AsSpan(0, 8).ToArray().ShouldBe(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0d, 0x0a, 0x1a, 0x0a });

        // And its data has both engines, with one point per main-branch commit (the PR run is not on the chart)
        using var data = DataScripts.Benchmark(output, "sort-quick-");
        var lines = data.RootElement.GetProperty("charts")[0].GetProperty("lines").EnumerateArray().ToArray();
        lines.Select(l => l.GetProperty("name").GetString()).ShouldBe(["v8/default", "wasmtime/default"]);
        lines.ShouldAllBe(l => l.GetProperty("median").EnumerateArray().Count(v => v.ValueKind == System.Text.Json.JsonValueKind.Number) == 3);
    }

    [Fact]
    public void A_page_has_a_table_of_contents_linking_every_chart_issue_12()
    {
        var page = SortQuickPage();

        var toc = page.QuerySelectorAll("nav.toc a").Select(a => a.GetAttribute("href")!.TrimStart('#')).ToArray();
        page.QuerySelectorAll("figure.chart-box[id^=chart-]").Select(f => f.Id!).ShouldAllBe(id => toc.Contains(id));
        toc.ShouldContain("results");
    }

    [Fact]
    public void Results_table_links_commits_and_marks_branch_runs()
    {
        var rows = SortQuickPage().QuerySelectorAll("main table tbody tr").ToArray();

        rows.Length.ShouldBe(7); // 3 commits x 2 engines + 1 PR run
        rows[0].ClassName.ShouldBe("off-trend");
        rows[0].TextContent.ShouldContain("feature/faster");
        rows[0].QuerySelector("a")!.GetAttribute("href").ShouldBe($"https://github.com/example/engine/commit/{Snapshots.Sha(9)}");
        rows.Skip(1).ShouldAllBe(r => !r.ClassList.Contains("off-trend"));
    }
}
