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

    [Fact]
    public void Engines_of_a_scaling_benchmark_share_one_log_log_chart_issue_12()
    {
        // Given two engines measured at three sizes, one linear and one quadratic
        var runs = new[] { ("v8", 1.0), ("wasmtime", 2.0) }.SelectMany(e => new[] { 1000.0, 10_000, 100_000 }.Select(size => (e.Item1, size, cost: 100 * Math.Pow(size, e.Item2))))
            .Select((x, i) => Snapshots.Recorded(new Testing.RunResultBuilder($"r{i}").AtCommit(Snapshots.Sha(1), Snapshots.T0)
                .WithResult(new Schema.Model.BenchmarkResult
                {
                    Benchmark = "compile/big", Phase = "compile", Metric = "wall-time", Unit = "ns", Better = Schema.Model.Better.Lower,
                    Samples = [x.cost, x.cost * 1.01], Engine = new Schema.Model.EngineInfo { Name = x.Item1 },
                    Parameters = new Dictionary<string, Schema.Model.ParameterValue> { ["size"] = Schema.Model.ParameterValue.Of(x.size) },
                }).Build(), i))
            .ToArray();

        // When the site is built
        var output = SiteHarness.Generate(new Schema.Model.DataSnapshot { DataCommit = Snapshots.DataCommit, Runs = runs });
        var page = HtmlChecks.Parse(output.Text(output.Files.Keys.Single(p => p.StartsWith("benchmarks/compile-big-", StringComparison.Ordinal))));

        // Then one scaling chart holds both engines, drawn by ScottPlot, with each engine's exponent listed
        var scaling = page.QuerySelectorAll("figure[id^=scaling-]").ShouldHaveSingleItem();
        var image = scaling.QuerySelector("img.scaling-image")!.GetAttribute("src")!.Replace("../", "");
        output.Files[image].AsSpan(1, 3).ToArray().ShouldBe("PNG"u8.ToArray());
        var fits = scaling.QuerySelectorAll("ul.fits li").Select(li => li.TextContent).ToArray();
        fits[0].ShouldStartWith("v8: exponent 1.00");
        fits[1].ShouldStartWith("wasmtime: exponent 2.00");
        scaling.QuerySelector("figcaption")!.TextContent.ShouldContain("super-linear");
    }

    [Fact]
    public void Site_links_name_the_chart_image_each_series_is_drawn_in_so_comments_can_embed_it()
    {
        // Given a built site, when SiteLinks is asked for each series' chart image, then the site has that file
        var snapshot = Snapshots.Small();
        var output = SiteHarness.Generate(snapshot);
        foreach (var series in Analysis.Series.SeriesBuilder.BuildSeries(snapshot.Runs).Series.Where(s => s.Points.Count > 0))
        {
            output.Files.Keys.ShouldContain(Model.SiteLinks.ChartImage(series.Key, series.Unit));
        }
    }
}
