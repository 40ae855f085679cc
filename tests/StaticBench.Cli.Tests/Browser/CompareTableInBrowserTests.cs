using OpenQA.Selenium;
using StaticBench.Schema.Model;
using StaticBench.Testing;

namespace StaticBench.Cli.Tests.Browser;

/// <summary>
/// The compare view of a site with more series than its first screen of rows (compare.js builds 30 before the first
/// paint and the rest just after), in real Chromium from file://: every series is in the table, in impact order, and
/// sorting and filtering work on all of them.
/// </summary>
public sealed class CompareTableInBrowserTests
{
    private const int Benchmarks = 45;

    [Fact]
    public void The_table_holds_every_series_and_sorts_and_filters_all_of_them_issue_13()
    {
        // Given two commits of 45 benchmarks, every fifth of them 20% slower at the second
        using var dir = new TempDirectory();
        var noise = new Random(5);
        var v8 = new EngineInfo { Name = "v8", Version = "11.3", Config = "optimizing" };
        var site = BrowserSites.Write(dir, [.. Enumerable.Range(1, 2).Select(commit => BrowserSites.Daily(commit, Enumerable.Range(0, Benchmarks).Select(b =>
            BrowserSites.WallTime($"suite/b{b:00}", Enumerable.Range(0, 10).Select(_ => 1_000_000 * (commit == 2 && b % 5 == 0 ? 1.2 : 1.0) * (1 + (noise.NextDouble() * 0.01))), v8))))]);

        var chrome = HeadlessChrome.Start(dir.Combine("chrome-profile"));
        try
        {
            // When the compare view opens on the newest commit against its parent
            chrome.Navigate().GoToUrl(new Uri(Path.Combine(site, "compare.html")).AbsoluteUri);
            HeadlessChrome.WaitUntil(() => Rows(chrome).Count == Benchmarks && chrome.FindElement(By.CssSelector("#compare tbody")).GetAttribute("aria-busy") is null);

            // Then every series is there, the nine regressions first, and the count says so
            var verdicts = Rows(chrome).Select(r => r[11]).ToArray();
            verdicts.Take(9).ShouldAllBe(v => v == "slower");
            verdicts.Skip(9).ShouldAllBe(v => v == "no change");
            chrome.FindElement(By.Id("compare")).Text.ShouldContain($"Showing {Benchmarks} of {Benchmarks} series.");

            // And sorting by benchmark orders all 45 rows, not just the first screen
            chrome.FindElements(By.CssSelector("#compare th button.cmp-sort")).First(b => b.Text.StartsWith("Benchmark", StringComparison.Ordinal)).Click();
            HeadlessChrome.WaitUntil(() => Rows(chrome).Count == Benchmarks && Rows(chrome)[0][0] == "suite/b00");
            Rows(chrome).Select(r => r[0]).ShouldBe(Enumerable.Range(0, Benchmarks).Select(b => $"suite/b{b:00}"));

            // And the filter narrows all of them: suite/b10 … suite/b19 match "b1"
            chrome.FindElement(By.CssSelector("#compare input[name=filter]")).SendKeys("b1");
            HeadlessChrome.WaitUntil(() => Rows(chrome).Count == 10);
            Rows(chrome).Select(r => r[0]).ShouldBe(Enumerable.Range(10, 10).Select(b => $"suite/b{b:00}"));
            chrome.FindElement(By.Id("compare")).Text.ShouldContain($"Showing 10 of {Benchmarks} series.");

            // And the pickers list both commits once the table is drawn
            HeadlessChrome.WaitUntil(() => chrome.FindElements(By.CssSelector("#compare select[name=head] option")).Count == 3);
            chrome.Manage().Logs.GetLog(LogType.Browser).Where(e => e.Level >= LogLevel.Warning).Select(e => e.Message).ShouldBeEmpty();
        }
        finally
        {
            chrome.Quit();
        }
    }

    [Fact]
    public void When_the_parent_measured_other_series_the_view_compares_with_the_nearest_ancestor_that_measured_them()
    {
        // Given three commits: the first and third measure suite/b00 and suite/b01 (b00 20% slower at the third), the
        // second, between them, only another suite
        using var dir = new TempDirectory();
        RecordedRun Run(int commit, params (string Benchmark, double Factor)[] results) =>
            BrowserSites.Daily(commit, results.Select(r => BrowserSites.WallTime(r.Benchmark, Enumerable.Range(0, 10).Select(i => 1_000_000 * r.Factor * (1 + (i * 0.001))))));
        var site = BrowserSites.Write(dir, [Run(1, ("suite/b00", 1), ("suite/b01", 1)), Run(2, ("other/x", 1)), Run(3, ("suite/b00", 1.2), ("suite/b01", 1))]);

        var chrome = HeadlessChrome.Start(dir.Combine("chrome-profile"));
        try
        {
            // When the compare view opens on the newest commit
            chrome.Navigate().GoToUrl(new Uri(Path.Combine(site, "compare.html")).AbsoluteUri);
            HeadlessChrome.WaitUntil(() => Rows(chrome).Count == 2 && chrome.FindElement(By.CssSelector("#compare tbody")).GetAttribute("aria-busy") is null);

            // Then it compares with the first commit, says why, and the address and picker name it
            var (first, second) = (RunResultBuilder.Commit(1), RunResultBuilder.Commit(2));
            chrome.FindElement(By.Id("compare")).Text.ShouldContain(
                $"The parent {second[..7]} measured none of these series: compared with {first[..7]}, the nearest ancestor that did.");
            Rows(chrome).Select(r => (r[0], r[11])).ShouldBe([("suite/b00", "slower"), ("suite/b01", "no change")]);
            chrome.Url.ShouldContain($"base={first}");
            ((IJavaScriptExecutor)chrome).ExecuteScript("return document.querySelector('#compare select[name=base]').value").ShouldBe(first);
            chrome.Manage().Logs.GetLog(LogType.Browser).Where(e => e.Level >= LogLevel.Warning).Select(e => e.Message).ShouldBeEmpty();
        }
        finally
        {
            chrome.Quit();
        }
    }

    private static List<string[]> Rows(IWebDriver chrome) =>
        [.. chrome.FindElements(By.CssSelector("#compare tbody tr")).Select(tr => tr.FindElements(By.TagName("td")).Select(td => td.Text).ToArray())];
}
