using StaticBench.Analysis;
using StaticBench.Site.Charts;
using StaticBench.Site.Model;
using StaticBench.Site.Output;
using StaticBench.Site.Pages;
using StaticBench.Site.Tests.Support;

namespace StaticBench.Site.Tests.Pages;

public class ChartImagesTests
{
    [Fact]
    public void A_charts_image_draws_every_line_and_marks_only_the_commits_it_draws()
    {
        // Given the model of a chart with two engines and markers at a drawn commit, at a PR commit and at no commit at all
        var snapshot = Snapshots.Small();
        var site = SiteModelBuilder.Build(HistoryAnalysis.Run(snapshot, new AnalysisOptions()), SiteHarness.Options);
        var chart = site.Benchmarks.Single(b => b.Name == "sort/quick").Charts.Single();
        var marked = chart with
        {
            Markers =
            [
                new ChartMarker(Snapshots.Sha(2), "regression +1%", IsRegression: true, Acknowledged: false),
                new ChartMarker(Snapshots.Sha(9), "off the trend", IsRegression: true, Acknowledged: false),
                new ChartMarker("0000000000000000000000000000000000000000", "unknown", IsRegression: false, Acknowledged: true),
            ],
        };

        // When its image spec is made
        var spec = ChartImages.Spec(marked);

        // Then each line holds its series' points, in order, with their dates and intervals
        spec.Lines.Select(l => l.Name).ShouldBe(chart.Lines.Select(l => l.Label));
        foreach (var (line, series) in spec.Lines.Zip(chart.Lines.Select(l => l.Series)))
        {
            line.Times.ShouldBe(series.Points.Select(p => p.CommitTime));
            line.Median.ShouldBe(series.Points.Select(p => p.Median));
            line.Low.ShouldBe(series.Points.Select(p => p.MedianLow));
            line.High.ShouldBe(series.Points.Select(p => p.MedianHigh));
        }

        // And only the drawn commit gets a marker, at its date
        spec.Markers.ShouldBe([new TrendImageMarker(Snapshots.T0.AddHours(2), IsRegression: true, Acknowledged: false)]);
    }

    [Fact]
    public void The_hook_before_drawing_runs_once_before_the_first_image_and_not_for_a_site_without_images()
    {
        // Given a site with charts, and one without a single run
        var withCharts = SiteModelBuilder.Build(HistoryAnalysis.Run(Snapshots.Small(), new AnalysisOptions()), SiteHarness.Options);
        var empty = SiteModelBuilder.Build(HistoryAnalysis.Run(new Schema.Model.DataSnapshot { DataCommit = Snapshots.DataCommit, Runs = [] }, new AnalysisOptions()), SiteHarness.Options);

        // When each one's images are drawn, noting what the output holds whenever the hook runs
        var calls = new List<int>();
        var output = new MemorySiteOutput();
        new ChartImages(beforeDrawing: () => calls.Add(output.Files.Count)).Render(withCharts, output);
        new ChartImages(beforeDrawing: () => calls.Add(-1)).Render(empty, new MemorySiteOutput());

        // Then the hook ran once, for the site with charts, before any image was written
        calls.ShouldBe([0]);
        output.Files.Keys.ShouldContain(k => k.EndsWith(".png", StringComparison.Ordinal));
    }
}
