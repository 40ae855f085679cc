using StaticBench.Analysis.Series;
using StaticBench.Site.Charts;
using StaticBench.Site.Tests.Support;

namespace StaticBench.Site.Tests.Pages;

/// <summary>Whole-output checks of one small snapshot; update with STATICBENCH_UPDATE_GOLDEN=1 and review the diff.</summary>
public class GoldenTests
{
    [Fact]
    public void Index_page_matches_its_golden_file()
    {
        var output = SiteHarness.Generate(Snapshots.Small());

        Golden.Verify("index.html", output.Text("index.html"));
    }

    [Fact]
    public void Trend_chart_matches_its_golden_file()
    {
        var set = SeriesBuilder.BuildSeries(Snapshots.Small(b => b == "sort/quick").Runs);
        var lines = set.Series.Select(s => new ChartLine(s.Key.Engine, s.Points)).ToArray();

        var svg = TrendChart.Render("execute · wall-time", lines, "ns", set.CommitOrder);

        Golden.Verify("sort-quick-chart.svg", svg.Value + "\n");
    }
}
