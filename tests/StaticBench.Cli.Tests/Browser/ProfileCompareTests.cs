using OpenQA.Selenium;
using StaticBench.Testing;

namespace StaticBench.Cli.Tests.Browser;

/// <summary>Issue 18: the compare view puts the instruction profiles of the two chosen commits back together and shows what moved.</summary>
public class ProfileCompareTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task Choosing_two_profiled_commits_shows_the_opcodes_and_function_that_grew_between_them_issue_18()
    {
        // Given three profiled commits of one benchmark: the third runs an extra loop in `checksum` (500 more i32.add and br_if)
        var data = DataRepositories.InitBare(_dir.Combine("data.git"));
        var files = new[] { 0, 0, 500 }.Select((extra, i) =>
        {
            var opcodes = new Dictionary<string, double> { ["i32.add"] = 2_000 + extra, ["br_if"] = 1_000 + extra, ["local.get"] = 1_000 };
            var functions = new Dictionary<string, double> { ["main"] = 1_000, ["checksum"] = 3_000 + (2 * extra) };
            return ResultFiles.Write(_dir.Combine("in"), new RunResultBuilder($"p{i + 1}")
                .AtCommit(RunResultBuilder.Commit(i + 1), DateTimeOffset.UnixEpoch.AddDays(20000 + i), i > 0 ? [RunResultBuilder.Commit(i)] : [])
                .WithProfile("suite/loop", "small", opcodes, functions)
                .Build());
        }).ToArray();
        (await InProcessCli.RunAsync(["record", "--data", data, .. files])).Exit.ShouldBe(0);
        var site = _dir.Combine("site");
        var build = await InProcessCli.RunAsync("build", "--data", data, "--out", site, "--cache", _dir.Combine("cache"));
        build.Exit.ShouldBe(0, build.Error);

        // When the compare view opens on the first and the third commit (not the default pair)
        using var chrome = HeadlessChrome.Start(_dir.Combine("chrome-profile"));
        chrome.Navigate().GoToUrl(new Uri(Path.Combine(site, "compare.html")).AbsoluteUri + $"?base={RunResultBuilder.Commit(1)}&head={RunResultBuilder.Commit(3)}");
        HeadlessChrome.WaitUntil(() => chrome.FindElements(By.CssSelector("section.profile-diff")).Count > 0);

        // Then the profile is shown with its total's change, the two opcodes and the function that grew, largest first
        var section = chrome.FindElement(By.CssSelector("section.profile-diff"));
        section.FindElement(By.TagName("h3")).Text.ShouldBe("suite/loop [size=small] · wasm-opcodes/block-counters · execute");
        section.FindElement(By.CssSelector(".profile-diff-total")).Text.ShouldBe("Total 4,000 → 5,000: +1,000 (+25.0%).");
        Rows(section, "table.profile-diff-opcodes").ShouldBe([
            ["br_if", "1,000", "1,500", "+500 (+50.0%)", "+12.5%"],
            ["i32.add", "2,000", "2,500", "+500 (+25.0%)", "+12.5%"],
        ]);
        Rows(section, "table.profile-diff-functions").ShouldBe([["checksum", "3,000", "4,000", "+1,000 (+33.3%)", "+25.0%"]]);
        chrome.Manage().Logs.GetLog(LogType.Browser).Where(e => e.Level >= LogLevel.Warning).Select(e => e.Message).ShouldBeEmpty();
    }

    private static string[][] Rows(IWebElement section, string table) =>
        [.. section.FindElements(By.CssSelector($"{table} tbody tr")).Select(tr => tr.FindElements(By.CssSelector("th, td")).Select(c => c.Text.Trim()).ToArray())];
}
