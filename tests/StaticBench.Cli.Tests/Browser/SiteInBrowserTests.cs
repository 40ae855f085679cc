using OpenQA.Selenium;
using StaticBench.Testing;

namespace StaticBench.Cli.Tests.Browser;

/// <summary>
/// The whole path as a user walks it: runners record (one of them with a hostile benchmark name, and one
/// broken file lands too), the site is built, opened from file:// in Chromium, and published.
/// </summary>
public class SiteInBrowserTests : IDisposable
{
    private const string Hostile = "<script>alert(1)</script>";
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task A_recorded_history_becomes_a_site_that_works_from_the_file_system_and_is_published()
    {
        // Given a data repository that three runners recorded into, and one broken file committed by hand
        var data = DataRepositories.InitBare(_dir.Combine("data.git"));
        var files = Enumerable.Range(1, 3).Select(i => ResultFiles.Write(_dir.Combine("in"), new RunResultBuilder($"run-{i}")
            .AtCommit(RunResultBuilder.Commit(i), DateTimeOffset.UnixEpoch.AddDays(i), i > 1 ? [RunResultBuilder.Commit(i - 1)] : [])
            .WithSubject($"commit {i} {Hostile}")
            .WithResult("sort/quick", "compile", 1000 * i, 1010 * i)
            .WithResult(Hostile, "execute", 50, 51)
            .Build())).ToArray();
        (await InProcessCli.RunAsync(["record", "--data", data, .. files])).Exit.ShouldBe(0);
        using (var scripted = ScriptedDataRepository.Open(data))
        {
            scripted.Commit("a broken upload", ("results/2026/11/22/broken.json", "{\"schema\": 1}"));
        }

        // When the site is built and opened in a browser straight from the file system
        var site = _dir.Combine("site");
        var build = await InProcessCli.RunAsync("build", "--data", data, "--out", site, "--cache", _dir.Combine("cache"));
        build.Exit.ShouldBe(0, build.Error);
        using var chrome = HeadlessChrome.Start(_dir.Combine("chrome-profile"));
        chrome.Navigate().GoToUrl(new Uri(Path.Combine(site, "index.html")).AbsoluteUri);

        // Then the hostile name is shown as text and never runs; sparklines and the skipped file are there
        chrome.FindElements(By.CssSelector("#series-table td a")).Select(a => a.Text).ShouldContain(Hostile);
        Should.Throw<NoAlertPresentException>(() => chrome.SwitchTo().Alert());
        chrome.FindElements(By.CssSelector("svg.spark")).Count.ShouldBe(2);
        chrome.FindElement(By.CssSelector("section.skipped")).Text.ShouldContain("results/2026/11/22/broken.json");

        // And following a benchmark link leads to its trend chart, drawn by the page's script over the three commits
        chrome.FindElement(By.LinkText("sort/quick")).Click();
        chrome.Title.ShouldStartWith("sort/quick");
        chrome.FindElements(By.CssSelector(".chart-plot canvas")).ShouldNotBeEmpty();
        chrome.FindElement(By.CssSelector(".chart-range")).Text.ShouldStartWith("3 of 3 commits");

        // And the built site is published as one commit on gh-pages
        var publish = await InProcessCli.RunAsync("publish", "--site", site, "--repo", data);
        publish.Exit.ShouldBe(0, publish.Error);
        var published = DataRepositories.Files(data, "gh-pages");
        published.Keys.ShouldContain("index.html");
        published.Keys.ShouldContain(".nojekyll");
        DataRepositories.History(data, "gh-pages").ShouldHaveSingleItem();
    }
}
