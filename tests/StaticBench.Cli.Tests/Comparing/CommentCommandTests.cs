using StaticBench.Testing;
using StaticBench.Testing.FakeGitHub;

namespace StaticBench.Cli.Tests.Comparing;

/// <summary><c>staticbench comment</c> against the fake GitHub: one sticky comment, updated in place.</summary>
[Collection(nameof(EnvironmentVariables))]
public class CommentCommandTests(Xunit.Abstractions.ITestOutputHelper output) : IAsyncLifetime
{
    private const string Repo = "example/engine";
    private readonly TempDirectory _dir = new();
    private FakeGitHubServer _github = null!;

    public async Task InitializeAsync()
    {
        _github = await FakeGitHubServer.StartAsync();
        Environment.SetEnvironmentVariable("STATICBENCH_GITHUB_TOKEN", "ghs_comment_token");
    }

    public async Task DisposeAsync()
    {
        Environment.SetEnvironmentVariable("STATICBENCH_GITHUB_TOKEN", null);
        await _github.DisposeAsync();
        _dir.Dispose();
    }

    private string Results(string id, double median) => ResultFiles.Write(_dir.Combine(id),
        new RunResultBuilder(id).WithResult("<b>sort</b>|quick", "compile", Enumerable.Range(0, 20).Select(i => median * (1 + (i % 5 * 0.001))).ToArray()).Build());

    private Task<(int Exit, string Out, string Error)> Comment(string @base, string head, params string[] extra) =>
        InProcessCli.RunAsync(["comment", @base, head, "--repo", Repo, "--pr", "7", "--api-url", _github.BaseUrl.ToString(), .. extra]);

    [Fact]
    public async Task Posts_the_comparison_once_and_updates_the_same_comment_on_the_next_call()
    {
        // Given results of the base and of two successive pushes to the pull request
        var baseline = Results("base", 1000);
        var slower = Results("head-1", 1200);
        var same = Results("head-2", 1000);

        // When the comparison is posted after each push
        var first = await Comment(baseline, slower, "--site-url", "https://example.github.io/bench/");
        var second = await Comment(baseline, same);

        // Then there is one comment, now showing the second comparison, posted with the token
        first.Exit.ShouldBe(0, first.Error);
        second.Exit.ShouldBe(0, second.Error);
        var comment = _github.State.Comments(Repo).ShouldHaveSingleItem();
        var body = (string)comment["body"]!;
        body.ShouldStartWith("<!-- staticbench:comment id=comparison -->");
        body.ShouldContain("head-2");
        body.ShouldNotContain("<b>sort</b>");
        body.ShouldContain("&lt;b&gt;sort&lt;/b&gt;&#124;quick");
        _github.Requests.Where(r => r.Method != "GET").ShouldAllBe(r => r.Authorization == "Bearer ghs_comment_token");
    }

    [Fact]
    public async Task With_the_site_address_the_comment_links_the_compare_view_and_shows_the_regression_trend_issue_12()
    {
        // Given a base and a head measured at two commits, the head 20% slower
        var baseline = ResultFiles.Write(_dir.Combine("b"), new RunResultBuilder("b").AtCommit(RunResultBuilder.Commit(1))
            .WithResult("sort/quick", "compile", Enumerable.Range(0, 20).Select(i => 1000.0 + i).ToArray()).Build());
        var slower = ResultFiles.Write(_dir.Combine("h"), new RunResultBuilder("h").AtCommit(RunResultBuilder.Commit(2), null, RunResultBuilder.Commit(1))
            .WithResult("sort/quick", "compile", Enumerable.Range(0, 20).Select(i => 1200.0 + i).ToArray()).Build());

        // When the comparison is posted with the site's address
        (await Comment(baseline, slower, "--site-url", "https://example.github.io/bench")).Exit.ShouldBe(0);

        // Then it shows the regressed series' trend image and links the compare view of the two commits, both on that site
        var body = (string)_github.State.Comments(Repo).ShouldHaveSingleItem()["body"]!;
        body.ShouldContain("](https://example.github.io/bench/images/sort-quick-");
        body.ShouldContain($"[Compare view](https://example.github.io/bench/compare.html?base={RunResultBuilder.Commit(1)}&head={RunResultBuilder.Commit(2)})");
        body.ShouldContain("[All results](https://example.github.io/bench)");
    }

    [Fact]
    public async Task A_1000_series_comparison_fits_in_one_comment_with_summary_rows_and_compare_link_issue_16()
    {
        // Given a full-suite comparison: 1,000 series at two commits, some slower, some faster
        RunResultBuilder Side(string id, int commit, Func<int, double> median)
        {
            var builder = new RunResultBuilder(id).AtCommit(RunResultBuilder.Commit(commit));
            for (var s = 0; s < 1000; s++)
            {
                builder.WithResult($"wasm-suite/benchmark-with-a-long-name-{s:0000}|size=large", "compile", Enumerable.Range(0, 20).Select(i => median(s) * (1 + (i % 5 * 0.001))).ToArray());
            }

            return builder;
        }

        var baseline = ResultFiles.Write(_dir.Combine("b"), Side("b", 1, _ => 1000).Build());
        var head = ResultFiles.Write(_dir.Combine("h"), Side("h", 2, s => s % 100 == 0 ? 1200 : s % 100 == 1 ? 800 : 1000).Build());

        // When it is posted (the fake GitHub, like GitHub, refuses a body over 65,536 characters)
        var (exit, _, error) = await Comment(baseline, head, "--site-url", "https://example.github.io/bench/");

        // Then it was accepted: one heading, the summary, as many rows as fit, and the compare view for the rest
        exit.ShouldBe(0, error);
        var body = (string)_github.State.Comments(Repo).ShouldHaveSingleItem()["body"]!;
        output.WriteLine($"{body.Length} characters; {System.Text.RegularExpressions.Regex.Match(body, "All 1000 series \\((\\d+) shown\\)").Groups[1].Value} of 1000 rows shown");
        body.Length.ShouldBeLessThanOrEqualTo(65_536);
        body.Length.ShouldBeGreaterThan(50_000, "rows fill the budget");
        System.Text.RegularExpressions.Regex.Count(body, "^### ", System.Text.RegularExpressions.RegexOptions.Multiline).ShouldBe(1);
        body.ShouldContain("**10 regression(s)**, 10 improvement(s), 980 unchanged");
        body.ShouldContain("Geometric mean of head/base over 1000 series");
        body.ShouldContain("series are not shown: GitHub takes at most 65,536 characters");
        body.ShouldContain($"[Compare view](https://example.github.io/bench/compare.html?base={RunResultBuilder.Commit(1)}&head={RunResultBuilder.Commit(2)})");
        body.ShouldEndWith("[All results](https://example.github.io/bench/)");
    }

    [Fact]
    public async Task A_regression_beyond_the_limit_fails_after_commenting()
    {
        var (exit, _, stderr) = await Comment(Results("base", 1000), Results("head", 1200), "--fail-on-regression", "5");

        exit.ShouldBe(3);
        stderr.ShouldContain("regression beyond 5%");
        _github.State.Comments(Repo).ShouldHaveSingleItem();
    }

    [Fact]
    public async Task Without_a_token_nothing_is_sent()
    {
        Environment.SetEnvironmentVariable("STATICBENCH_GITHUB_TOKEN", null);
        var saved = Environment.GetEnvironmentVariable("GITHUB_TOKEN");
        Environment.SetEnvironmentVariable("GITHUB_TOKEN", null);
        try
        {
            var (exit, _, stderr) = await Comment(Results("base", 1000), Results("head", 1000));

            exit.ShouldBe(1);
            stderr.ShouldContain("set STATICBENCH_GITHUB_TOKEN or GITHUB_TOKEN");
            _github.Requests.ShouldBeEmpty();
        }
        finally
        {
            Environment.SetEnvironmentVariable("GITHUB_TOKEN", saved);
        }
    }
}

/// <summary>Tests that set process environment variables run one at a time.</summary>
[CollectionDefinition(nameof(EnvironmentVariables), DisableParallelization = true)]
public sealed class EnvironmentVariables;
