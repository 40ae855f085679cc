using AngleSharp.Dom;
using StaticBench.Site.Tests.Support;

namespace StaticBench.Site.Tests.Pages;

public class ComparePageTests
{
    [Fact]
    public void The_compare_page_is_first_drawn_once_its_scripts_have_run_issue_13()
    {
        var site = SiteHarness.Generate(Snapshots.Small());
        var compare = HtmlChecks.Parse(site.Text("compare.html"));

        // Chromium draws nothing until the parser has passed the element the render-blocking link names; that element
        // comes after every script, so the first frame holds the view rather than the page's header alone.
        var expect = compare.Head!.QuerySelector("link[rel=expect]").ShouldNotBeNull();
        expect.GetAttribute("blocking").ShouldBe("render");
        var target = compare.GetElementById(expect.GetAttribute("href")!.TrimStart('#')).ShouldNotBeNull();
        var scripts = compare.Body!.QuerySelectorAll("script");
        scripts.Length.ShouldBeGreaterThan(0);
        scripts.ShouldAllBe(script => script.CompareDocumentPosition(target).HasFlag(DocumentPositions.Following));

        // Pages that have something to show before their scripts run are drawn as they arrive.
        foreach (var page in new[] { "index.html", "runs.html", "regressions.html" })
        {
            HtmlChecks.Parse(site.Text(page)).QuerySelector("link[rel=expect]").ShouldBeNull(page);
        }
    }

    [Fact]
    public void Only_pages_with_charts_wait_for_the_chart_style_sheet_issue_13()
    {
        var site = SiteHarness.Generate(Snapshots.Small());
        bool LinksUplotStyles(string page) =>
            HtmlChecks.Parse(site.Text(page)).QuerySelectorAll("link[rel=stylesheet]").Any(l => l.GetAttribute("href")!.EndsWith("uPlot.min.css", StringComparison.Ordinal));

        // A style sheet in the head holds the first frame until it has loaded: the compare view, the index, runs and
        // regressions draw no uPlot chart, so they leave it out; benchmark pages, which do, keep it.
        foreach (var page in new[] { "compare.html", "index.html", "runs.html", "regressions.html" })
        {
            LinksUplotStyles(page).ShouldBeFalse(page);
        }

        var benchmarkPages = site.Files.Keys.Where(p => p.StartsWith("benchmarks/", StringComparison.Ordinal) && p.EndsWith(".html", StringComparison.Ordinal)).ToList();
        benchmarkPages.ShouldNotBeEmpty();
        foreach (var page in benchmarkPages)
        {
            LinksUplotStyles(page).ShouldBeTrue(page);
        }
    }
}
