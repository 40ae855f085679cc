using System.Text.RegularExpressions;
using OpenQA.Selenium;
using StaticBench.Schema.Model;
using StaticBench.Testing;

namespace StaticBench.Cli.Tests.Browser;

/// <summary>
/// A regressions page many screens long, in real Chromium from file://. The browser skips the rows off screen
/// until they come near (content-visibility), so a link to <c>regressions.html#finding-…</c> (the Atom feed's, when
/// the runs name no repository to link a commit range to) must still land on its row, and every row's columns must
/// still line up with the header.
/// </summary>
public sealed class RegressionsPageInBrowserTests
{
    private const int Benchmarks = 120;

    [Fact]
    public void A_link_to_the_oldest_finding_opens_the_page_at_its_row_issue_13()
    {
        // Given a history of 24 commits in which each of 120 benchmarks gets 30% slower at its own commit
        using var dir = new TempDirectory();
        var noise = new Random(7);
        var v8 = new EngineInfo { Name = "v8", Version = "11.3", Config = "optimizing" };
        var site = BrowserSites.Write(dir, [.. Enumerable.Range(1, 24).Select(commit => BrowserSites.Daily(commit, Enumerable.Range(0, Benchmarks).Select(b =>
            BrowserSites.WallTime($"suite/b{b:000}", Enumerable.Range(0, 10).Select(_ => 1_000_000 * (commit > 8 + (b % 8) ? 1.3 : 1.0) * (1 + (noise.NextDouble() * 0.01))), v8))))]);

        var page = Path.Combine(site, "regressions.html");
        var anchors = Regex.Matches(File.ReadAllText(page), "id=\"(finding-[0-9a-f]+)\"").Select(m => m.Groups[1].Value).ToArray();
        anchors.Length.ShouldBe(Benchmarks);

        var chrome = HeadlessChrome.Start(dir.Combine("chrome-profile"));
        try
        {
            // When the link to the oldest finding, the table's last row, opens
            chrome.Navigate().GoToUrl(new Uri(page).AbsoluteUri + "#" + anchors[^1]);

            // Then the page opens scrolled down to that row, which is on screen and stays there once the rows around it are drawn
            HeadlessChrome.WaitUntil(() => OnScreen(chrome, anchors[^1]));
            Thread.Sleep(300);
            OnScreen(chrome, anchors[^1]).ShouldBeTrue();
            Convert.ToDouble(Script(chrome, "return window.scrollY;")).ShouldBeGreaterThan(2000);
            chrome.FindElement(By.Id(anchors[^1])).Text.ShouldContain("suite/b");

            // And every finding is on the page, and the cells of the first and the last row start where their column's header does
            chrome.FindElements(By.CssSelector("table.findings tbody tr")).Count.ShouldBe(Benchmarks);
            var header = CellLefts(chrome, "table.findings thead tr");
            header.Length.ShouldBe(6);
            CellLefts(chrome, "#" + anchors[0]).ShouldBe(header);
            CellLefts(chrome, "#" + anchors[^1]).ShouldBe(header);
            chrome.Manage().Logs.GetLog(LogType.Browser).Where(e => e.Level >= LogLevel.Warning).Select(e => e.Message).ShouldBeEmpty();
        }
        finally
        {
            chrome.Quit();
        }
    }

    private static object Script(IWebDriver chrome, string script, params object[] args) =>
        ((IJavaScriptExecutor)chrome).ExecuteScript(script, args)!;

    private static bool OnScreen(IWebDriver chrome, string id) => (bool)Script(chrome,
        "var r = document.getElementById(arguments[0]).getBoundingClientRect(); return r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight;", id);

    private static double[] CellLefts(IWebDriver chrome, string row) =>
        [.. ((IEnumerable<object>)Script(chrome, "return Array.prototype.map.call(document.querySelector(arguments[0]).cells, function (c) { return Math.round(c.getBoundingClientRect().left); });", row))
            .Select(Convert.ToDouble)];
}
