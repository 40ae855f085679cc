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
    public void Engines_of_one_phase_and_metric_share_a_chart_with_a_legend()
    {
        var page = SortQuickPage();

        var chart = page.QuerySelectorAll("svg.chart").Single();
        chart.QuerySelectorAll(".series").Length.ShouldBe(2);
        chart.QuerySelectorAll(".legend text").Select(t => t.TextContent).ShouldBe(["v8/default", "wasmtime/default"]);
        chart.QuerySelectorAll("circle.point").Length.ShouldBe(6); // the PR run is not on the chart
        chart.QuerySelectorAll("line.whisker").Length.ShouldBe(6);
    }

    [Fact]
    public void X_axis_is_labelled_with_short_commits_in_history_order()
    {
        var ticks = SortQuickPage().QuerySelectorAll("svg.chart text.tick[text-anchor=middle]").Select(t => t.TextContent);

        ticks.ShouldBe([Snapshots.Sha(1)[..7], Snapshots.Sha(2)[..7], Snapshots.Sha(3)[..7]]);
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
