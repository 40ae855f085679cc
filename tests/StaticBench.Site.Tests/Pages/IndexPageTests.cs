using StaticBench.Site.Tests.Support;

namespace StaticBench.Site.Tests.Pages;

public class IndexPageTests
{
    [Fact]
    public void Skipped_files_are_listed_with_their_reason()
    {
        var index = HtmlChecks.Parse(SiteHarness.Generate(Snapshots.Small()).Text("index.html"));

        var row = index.QuerySelectorAll(".skipped tbody tr").Single();
        row.TextContent.ShouldContain("results/2026/11/broken.json");
        row.TextContent.ShouldContain("invalid JSON at line 3");
    }

    [Fact]
    public void Series_show_latest_value_and_a_direction_aware_change()
    {
        var snapshot = Snapshots.Small();
        var index = HtmlChecks.Parse(SiteHarness.Generate(snapshot with { Skipped = [] }).Text("index.html"));

        index.QuerySelector(".skipped").ShouldBeNull();
        var rows = index.QuerySelectorAll("section.benchmark tbody tr").ToArray();
        rows.Length.ShouldBe(3);
        rows.ShouldAllBe(r => r.QuerySelector("svg.spark") != null);
        var v8Sort = rows.Single(r => r.TextContent.Contains("v8/default") && r.ParentElement!.ParentElement!.ParentElement!.ParentElement!.TextContent.Contains("sort/quick"));
        v8Sort.QuerySelector(".num")!.TextContent.ShouldBe("1.23 ms"); // the PR run's 600 µs is not the latest
        v8Sort.QuerySelector(".change")!.TextContent.ShouldContain("+0.8%");
    }

    [Theory]
    [InlineData(100, 120, "worse", "▲ +20.0%")]
    [InlineData(100, 80, "better", "▼ -20.0%")]
    [InlineData(100, 100.4, "neutral", "+0.4%")]
    public void Changes_are_colored_by_whether_they_are_good_news(double previous, double latest, string cssClass, string text)
    {
        var snapshot = new Schema.Model.DataSnapshot
        {
            DataCommit = Snapshots.DataCommit,
            Runs =
            [
                Snapshots.Recorded(new Testing.RunResultBuilder("a").AtCommit(Snapshots.Sha(1), Snapshots.T0).WithResult("b", "p", previous).Build(), 0),
                Snapshots.Recorded(new Testing.RunResultBuilder("b").AtCommit(Snapshots.Sha(2), Snapshots.T0.AddHours(1), Snapshots.Sha(1)).WithResult("b", "p", latest).Build(), 1),
            ],
        };

        var change = HtmlChecks.Parse(SiteHarness.Generate(snapshot).Text("index.html")).QuerySelector("td.change")!;

        change.ClassList.ShouldContain(cssClass);
        change.TextContent.Trim().ShouldBe(text);
    }

    [Fact]
    public void Documents_are_linked_from_the_nav_on_every_page()
    {
        var output = SiteHarness.Generate(Snapshots.Small());

        foreach (var page in output.Files.Keys.Where(p => p.EndsWith(".html", StringComparison.Ordinal)))
        {
            var nav = HtmlChecks.Parse(output.Text(page)).QuerySelector("nav")!;
            nav.TextContent.ShouldContain("About these benchmarks");
            nav.TextContent.ShouldContain("V8 upgrade");
        }
    }
}
