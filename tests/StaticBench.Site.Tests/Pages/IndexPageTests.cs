using StaticBench.Schema.Model;
using StaticBench.Site.Tests.Support;
using StaticBench.Testing;

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
    public void A_document_that_gets_no_page_is_listed_as_skipped_with_a_warning_17()
    {
        // Given a document whose path would leave the site, and one whose page another document already has
        // (index.md moves to docs/index.html, clear of the site's own index, where docs/index.md already is)
        var snapshot = Snapshots.Small() with { Skipped = [] };
        snapshot = snapshot with
        {
            Documents = [.. snapshot.Documents, new DataDocument("notes/../../escape.md", "# Out"), new DataDocument("docs/index.md", "# Docs"), new DataDocument("index.md", "# Again")],
        };

        // When the site is built
        var output = SiteHarness.Generate(snapshot);
        var index = HtmlChecks.Parse(output.Text("index.html"));

        // Then both are listed as skipped, with why, and warned about; the others still get their pages
        var rows = index.QuerySelectorAll(".skipped tbody tr").Select(r => r.TextContent).ToArray();
        rows.Length.ShouldBe(2);
        rows.ShouldContain(r => r.Contains("notes/../../escape.md") && r.Contains("its path cannot be a page"));
        rows.ShouldContain(r => r.Contains("index.md") && r.Contains("docs/index.html is taken"));
        index.QuerySelector(".notice")!.TextContent.ShouldContain("Document notes/../../escape.md left out");
        output.Text("about.html").ShouldContain("About these benchmarks");
        output.Text("docs/index.html").ShouldContain("Docs");
    }

    [Fact]
    public void Parameters_break_lines_only_after_their_commas_and_stay_escaped()
    {
        // Given a series with two parameters, one of them markup
        var run = new RunResultBuilder("run-1")
            .AtCommit(Snapshots.Sha(1), Snapshots.T0, [])
            .WithResult(new BenchmarkResult
            {
                Benchmark = "compile-scaling/big-function",
                Parameters = new Dictionary<string, ParameterValue> { ["bytes"] = ParameterValue.Of(131082), ["shape"] = ParameterValue.Of("<b>big</b>") },
                Phase = "compile", Metric = "wall-time", Unit = "ns", Better = Better.Lower, Samples = [1000.0],
            })
            .Build();

        // When the index is written
        var index = HtmlChecks.Parse(SiteHarness.Generate(new DataSnapshot { DataCommit = Snapshots.DataCommit, Runs = [Snapshots.Recorded(run, 1)] }).Text("index.html"));

        // Then the cell reads as the parameters do, each parameter unbroken (style.css) and a line break allowed after the comma
        var cell = index.QuerySelector("#series-table td.params code")!;
        cell.TextContent.ShouldBe("bytes=131082,shape=<b>big</b>");
        cell.InnerHtml.ShouldBe("<span>bytes=131082,</span><wbr><span>shape=&lt;b&gt;big&lt;/b&gt;</span>");
        HtmlChecks.InjectedMarkup(index).ShouldBeEmpty();
    }

    [Fact]
    public void Series_show_latest_value_status_and_a_link_to_their_exact_chart()
    {
        // Given the small history (two benchmarks, a pull-request run that is off the trend)
        var output = SiteHarness.Generate(Snapshots.Small() with { Skipped = [] });

        // When the index is read
        var index = HtmlChecks.Parse(output.Text("index.html"));

        // Then it has one row per series, each with a sparkline, its newest main-branch value and a status in words
        index.QuerySelector(".skipped").ShouldBeNull();
        var rows = index.QuerySelectorAll("#series-table tbody tr").ToArray();
        rows.Length.ShouldBe(3);
        rows.ShouldAllBe(r => r.QuerySelector("svg.spark") != null);
        var v8Sort = rows.Single(r => r.GetAttribute("data-engine") == "v8/default" && r.GetAttribute("data-benchmark") == "sort/quick");
        v8Sort.QuerySelector(".num")!.TextContent.ShouldBe("1.23 ms"); // the PR run's 600 µs is not the latest
        v8Sort.QuerySelector("td.status")!.TextContent.ShouldContain("too little data");

        // And each row links to the chart of its series on its benchmark page
        var link = v8Sort.QuerySelector("td a")!.GetAttribute("href")!;
        link.ShouldStartWith("benchmarks/sort-quick-");
        var (page, anchor) = (link.Split('#')[0], link.Split('#')[1]);
        HtmlChecks.Parse(output.Text(page)).GetElementById(anchor)!.QuerySelector("[data-chart]").ShouldNotBeNull();
    }

    [Theory]
    [InlineData(1.20, "regression", "⚠")]
    [InlineData(0.80, "improvement", "✓")]
    [InlineData(1.00, "no change", "=")]
    public void A_status_comes_from_the_change_points_in_the_history_never_from_a_fixed_percentage_issue_12(double step, string status, string icon)
    {
        // Given 30 commits at 3% noise, with a step at commit 25 (or none), where lower is better
        var noise = new Random(12);
        var runs = Enumerable.Range(1, 30).Select(i =>
        {
            var level = 100 * (i >= 25 ? step : 1) * (1 + ((noise.NextDouble() - 0.5) * 0.06));
            var run = new Testing.RunResultBuilder($"r{i}").AtCommit(Snapshots.Sha(i), Snapshots.T0.AddHours(i), i > 1 ? [Snapshots.Sha(i - 1)] : [])
                .WithResult("b", "p", level).Build();
            return Snapshots.Recorded(run, i);
        }).ToArray();

        // When the site is built
        var row = HtmlChecks.Parse(SiteHarness.Generate(new Schema.Model.DataSnapshot { DataCommit = Snapshots.DataCommit, Runs = runs }).Text("index.html"))
            .QuerySelector("#series-table tbody tr")!;

        // Then the status says what the detector found, in words and a symbol as well as colour
        row.GetAttribute("data-status").ShouldBe(status);
        var cell = row.QuerySelector("td.status")!;
        cell.ClassList.ShouldContain(status.Replace(' ', '-'));
        cell.TextContent.ShouldContain(icon);
        cell.TextContent.ShouldContain(status);
    }

    [Fact]
    public void Two_points_that_differ_by_a_fifth_are_too_little_data_not_news()
    {
        // Given a series of two commits, the second 20% slower
        var runs = new[]
        {
            Snapshots.Recorded(new Testing.RunResultBuilder("a").AtCommit(Snapshots.Sha(1), Snapshots.T0).WithResult("b", "p", 100).Build(), 0),
            Snapshots.Recorded(new Testing.RunResultBuilder("b").AtCommit(Snapshots.Sha(2), Snapshots.T0.AddHours(1), Snapshots.Sha(1)).WithResult("b", "p", 120).Build(), 1),
        };

        // When the site is built, then the index does not paint it as a regression
        var row = HtmlChecks.Parse(SiteHarness.Generate(new Schema.Model.DataSnapshot { DataCommit = Snapshots.DataCommit, Runs = runs }).Text("index.html"))
            .QuerySelector("#series-table tbody tr")!;
        row.GetAttribute("data-status").ShouldBe("too little data");
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
