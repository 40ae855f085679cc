using OpenQA.Selenium;
using StaticBench.Schema.Model;
using StaticBench.Site;
using StaticBench.Site.Data;
using StaticBench.Site.Output;
using StaticBench.Testing;

namespace StaticBench.Cli.Tests.Browser;

/// <summary>
/// A chart longer than one block of the data scripts (<see cref="ChartBlocks"/>), in real Chromium from file://: the page
/// loads the closed blocks its head names and draws every point of the history, in order, with the tooltip of the
/// oldest and the newest commit.
/// </summary>
public sealed class ChartBlocksInBrowserTests
{
    private const int Commits = ChartBlocks.Size + 90;

    [Fact]
    public void A_chart_spanning_two_blocks_shows_all_its_points_issue_13()
    {
        // Given a site of one benchmark measured at 602 commits: block 0 is a file of its own, the rest is in the head
        using var dir = new TempDirectory();
        var (page, chart) = BuildSite(dir);
        Directory.GetFiles(Path.Combine(dir.Combine("site"), "data", "bench", Path.GetFileNameWithoutExtension(page))).Select(Path.GetFileName).ShouldHaveSingleItem().ShouldStartWith("0-");

        // When the page is opened at that chart
        var chrome = HeadlessChrome.Start(dir.Combine("chrome-profile"));
        try
        {
            chrome.Navigate().GoToUrl(new Uri(page).AbsoluteUri + "#" + chart);
            HeadlessChrome.WaitUntil(() => chrome.FindElements(By.CssSelector($"#{chart} .chart-plot")).Count > 0);

            // Then it shows the whole history: every commit of both blocks, each median in place
            var host = chrome.FindElement(By.CssSelector($"#{chart} .chart-host"));
            host.GetAttribute("data-window").ShouldBe($"0-{Commits - 1}");
            host.FindElement(By.CssSelector(".chart-range")).Text.ShouldStartWith($"{Commits} of {Commits} commits");
            var medians = ((IJavaScriptExecutor)chrome).ExecuteScript(
                "var d = arguments[0].chart.plot.data; return [d[0].length, d[1].filter(function (v) { return v !== null; }).length, d[1][0], d[1][d[1].length - 1], d[0][600]];",
                host) as IReadOnlyList<object>;
            medians!.Select(Convert.ToDouble).ShouldBe([Commits, Commits, 1_000_001, 1_000_000 + Commits, 600]);

            // And the tooltips of the oldest and the newest commit name their own engine versions
            var plot = chrome.FindElement(By.CssSelector($"#{chart} .chart-plot"));
            var tip = chrome.FindElement(By.CssSelector($"#{chart} .chart-tip"));
            plot.SendKeys(Keys.Home);
            tip.Text.ShouldContain("commit 1\n");
            tip.Text.ShouldContain("· 11.3");
            plot.SendKeys(Keys.End);
            tip.Text.ShouldContain($"commit {Commits}\n");
            tip.Text.ShouldContain("· 12.0");
            chrome.Manage().Logs.GetLog(LogType.Browser).Where(e => e.Level >= LogLevel.Warning).Select(e => e.Message).ShouldBeEmpty();
        }
        finally
        {
            chrome.Quit();
        }
    }
    [Fact]
    public void The_band_keeps_one_vertex_pair_per_pixel_column_and_every_commit_when_zoomed_in_issue_13()
    {
        // Given the 602-commit chart in a window narrower than its commits
        using var dir = new TempDirectory();
        var (page, chart) = BuildSite(dir);
        var chrome = HeadlessChrome.Start(dir.Combine("chrome-profile"));
        try
        {
            chrome.Manage().Window.Size = new System.Drawing.Size(500, 900);
            chrome.Navigate().GoToUrl(new Uri(page).AbsoluteUri + "#" + chart);
            HeadlessChrome.WaitUntil(() => chrome.FindElements(By.CssSelector($"#{chart} .chart-plot")).Count > 0);

            var host = chrome.FindElement(By.CssSelector($"#{chart} .chart-host"));
            const string countBandVertices =
                "var c = arguments[0].chart, u = c.plot, ctx = u.ctx, n = 0, lineTo = ctx.lineTo;" +
                "ctx.lineTo = function () { n++; return lineTo.apply(this, arguments); };" +
                "try { c.drawBands(u); } finally { delete ctx.lineTo; }" +
                "return [n + 1, u.bbox.width, u.data[0].length];";

            // When the band of the whole history is drawn
            var whole = (((IJavaScriptExecutor)chrome).ExecuteScript(countBandVertices, host) as IReadOnlyList<object>)!.Select(Convert.ToInt32).ToArray();

            // Then it has one upper and one lower vertex per pixel column, not per commit, and the chart still holds every commit
            whole[2].ShouldBe(Commits);
            whole[1].ShouldBeLessThan(Commits);
            (whole[0] / 2).ShouldBeLessThanOrEqualTo(whole[1] + 1);

            // And zoomed in to 20 commits, each of them and the one beyond each edge (the band runs to the plot's edges) has its own pair
            ((IJavaScriptExecutor)chrome).ExecuteScript("arguments[0].chart.setWindow(100, 119);", host);
            var zoomed = (((IJavaScriptExecutor)chrome).ExecuteScript(countBandVertices, host) as IReadOnlyList<object>)!.Select(Convert.ToInt32).ToArray();
            zoomed[0].ShouldBe(2 * 22);
            chrome.Manage().Logs.GetLog(LogType.Browser).Where(e => e.Level >= LogLevel.Warning).Select(e => e.Message).ShouldBeEmpty();
        }
        finally
        {
            chrome.Quit();
        }
    }

    /// <summary>A site of one benchmark measured at <see cref="Commits"/> commits; its page and its chart's id.</summary>
    private static (string Page, string Chart) BuildSite(TempDirectory dir)
    {
        var site = BrowserSites.Write(dir, [.. Enumerable.Range(1, Commits).Select(i => BrowserSites.Run(
            i,
            DateTimeOffset.UnixEpoch.AddDays(20000).AddHours(i),
            [BrowserSites.WallTime("sort/quick", Enumerable.Repeat(1_000_000.0 + i, 8), new EngineInfo { Name = "v8", Version = i <= 300 ? "11.3" : "12.0", Config = "optimizing" })]))]);

        var page = Directory.GetFiles(Path.Combine(site, "benchmarks"), "sort-quick-*.html").Single();
        var chart = System.Text.RegularExpressions.Regex.Match(File.ReadAllText(page), "id=\"(chart-[0-9a-f]+)\"").Groups[1].Value;
        return (page, chart);
    }
}
