using StaticBench.GitHub.Bot;
using StaticBench.GitHub.Client;
using StaticBench.Testing;
using StaticBench.Testing.FakeGitHub;

namespace StaticBench.GitHub.Tests.Bot;

/// <summary>The bot's conversation with GitHub, against the fake GitHub server; the machine side is a scripted executor.</summary>
public class BenchBotTests : IAsyncLifetime
{
    private const string Repo = "example/engine";
    private const string Head = "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb";
    private const string Base = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
    private const string MergeBase = "cccccccccccccccccccccccccccccccccccccccc";
    private readonly TempDirectory _dir = new();
    private readonly HttpClient _http = new();
    private readonly ScriptedExecutor _executor = new();
    private FakeGitHubServer _github = null!;

    public async Task InitializeAsync()
    {
        _github = await FakeGitHubServer.StartAsync();
        _github.State.AddPullRequest(Repo, 7, Head, Base);
        _github.State.SetMergeBase(Repo, Base, Head, MergeBase);
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _github.DisposeAsync();
        _dir.Dispose();
    }

    private BenchBot Bot(IRunExecutor? executor = null, bool requireWrite = false) => new(
        new GitHubClient(_http, new GitHubClientOptions { BaseUrl = _github.BaseUrl, Token = "t" }),
        executor ?? _executor,
        new BotOptions
        {
            Repositories = [Repo],
            Machine = "x86-bench-1",
            BotLogin = "staticbench-bot",
            AllowList = AllowList.Parse("alice\ncarol"),
            RequireWritePermission = requireWrite,
            StateFile = _dir.Combine("state.json"),
            SiteUrl = "https://example.github.io/bench/",
        });

    private IReadOnlyList<string> BotComments() =>
        _github.State.Comments(Repo).Where(c => (string)c["user"]!["login"]! == "staticbench-bot").Select(c => (string)c["body"]!).ToArray();

    [Fact]
    public async Task An_allowed_request_runs_against_the_merge_base_and_reports_once()
    {
        // Given an allowed person's /bench on an open pull request
        var comment = _github.State.AddComment(Repo, 7, "alice", "/bench --bench sort --engine cranelift");
        var bot = Bot();

        // When the bot polls and works
        await bot.PollAsync();
        (await bot.WorkAsync()).ShouldBeTrue();

        // Then it reacted, ran head against the merge base (never "the previous run"), commented once and set statuses
        _github.State.Reactions.ShouldHaveSingleItem()["comment_id"]!.GetValue<long>().ShouldBe(comment);
        _executor.Runs.ShouldHaveSingleItem().ShouldBe((Head, MergeBase, "--bench sort --engine cranelift"));
        var result = BotComments().ShouldHaveSingleItem();
        result.ShouldStartWith(BotReplies.Marker("x86-bench-1"));
        result.ShouldContain("| sort | +1.0% |");
        _github.State.Statuses.Select(s => (string)s["state"]!).ShouldBe(["pending", "success"]);
        _github.State.Statuses.ShouldAllBe(s => (string)s["context"]! == "staticbench/x86-bench-1" && (string)s["sha"]! == Head);
        bot.State.Jobs.ShouldHaveSingleItem().State.ShouldBe(JobState.Done);
        (await bot.WorkAsync()).ShouldBeFalse();
    }

    [Fact]
    public async Task Someone_not_on_the_allow_list_gets_a_polite_reply_and_nothing_runs()
    {
        _github.State.AddComment(Repo, 7, "mallory", "/bench");
        var bot = Bot();

        await bot.PollAsync();

        (await bot.WorkAsync()).ShouldBeFalse();
        _executor.Runs.ShouldBeEmpty();
        BotComments().ShouldHaveSingleItem().ShouldContain("allow-list");
    }

    [Fact]
    public async Task Write_permission_can_be_required_on_top_of_the_allow_list()
    {
        _github.State.SetPermission(Repo, "alice", "read");
        _github.State.SetPermission(Repo, "carol", "write");
        _github.State.AddComment(Repo, 7, "alice", "/bench");
        _github.State.AddComment(Repo, 7, "carol", "/bench");
        var bot = Bot(requireWrite: true);

        await bot.PollAsync();

        bot.State.Jobs.ShouldHaveSingleItem().Requester.ShouldBe("carol");
    }

    [Fact]
    public async Task A_command_with_shell_metacharacters_is_refused_and_never_run()
    {
        _github.State.AddComment(Repo, 7, "alice", "/bench --bench $(cat /etc/passwd)");
        var bot = Bot();

        await bot.PollAsync();

        bot.State.Jobs.ShouldBeEmpty();
        var reply = BotComments().ShouldHaveSingleItem();
        reply.ShouldContain("I could not run that");
        reply.ShouldContain("\\$\\(cat");
    }

    [Fact]
    public async Task Edited_comments_and_repeated_deliveries_never_start_a_second_run()
    {
        // Given a request that ran
        var comment = _github.State.AddComment(Repo, 7, "alice", "/bench");
        var bot = Bot();
        await bot.PollAsync();
        await bot.WorkAsync();

        // When GitHub delivers it again, and then its author edits it into another command
        await bot.PollAsync();
        _github.State.EditComment(comment, "/bench --bench hash");
        await bot.PollAsync();

        // Then there is still one job and one run
        bot.State.Jobs.Count.ShouldBe(1);
        (await bot.WorkAsync()).ShouldBeFalse();
        _executor.Runs.Count.ShouldBe(1);
    }

    [Fact]
    public async Task A_request_on_a_closed_pull_request_is_answered_not_run()
    {
        _github.State.AddPullRequest(Repo, 8, Head, Base, state: "closed");
        _github.State.AddComment(Repo, 8, "alice", "/bench");
        var bot = Bot();

        await bot.PollAsync();

        bot.State.Jobs.ShouldBeEmpty();
        BotComments().ShouldHaveSingleItem().ShouldContain("closed");
    }

    [Fact]
    public async Task A_bot_killed_mid_run_runs_the_request_again_on_restart_and_updates_its_comment_in_place()
    {
        // Given a bot that accepted a request and dies while benchmarking it
        _github.State.AddComment(Repo, 7, "alice", "/bench");
        var first = Bot(new HangingExecutor());
        await first.PollAsync();
        using (var kill = new CancellationTokenSource(TimeSpan.FromMilliseconds(300)))
        {
            await Should.ThrowAsync<OperationCanceledException>(() => first.WorkAsync(kill.Token));
        }

        // When a new bot process starts from the same state file and polls and works again
        var second = Bot();
        await second.PollAsync();
        while (await second.WorkAsync())
        {
        }

        // Then the request ran to the end exactly once more, and there is one result comment, not two
        _executor.Runs.Count.ShouldBe(1);
        second.State.Jobs.ShouldHaveSingleItem().ShouldSatisfyAllConditions(
            j => j.State.ShouldBe(JobState.Done),
            j => j.Attempts.ShouldBe(2));
        BotComments().ShouldHaveSingleItem().ShouldContain("| sort | +1.0% |");
    }

    [Fact]
    public async Task The_bots_own_comments_are_never_commands()
    {
        _github.State.AddComment(Repo, 7, "staticbench-bot", "/bench\nUsage: `/bench [--bench NAME]...`");
        var bot = Bot();

        await bot.PollAsync();

        bot.State.Jobs.ShouldBeEmpty();
        _github.State.Comments(Repo).Count.ShouldBe(1);
    }

    /// <summary>Records what it was asked to run and answers with a fixed comparison.</summary>
    private sealed class ScriptedExecutor : IRunExecutor
    {
        public List<(string Head, string Base, string Request)> Runs { get; } = [];

        public Task<RunOutcome> ExecuteAsync(BotJob job, PullRequest pullRequest, string mergeBase, CancellationToken cancellationToken)
        {
            Runs.Add((pullRequest.Head.Sha, mergeBase, job.Request.Describe()));
            return Task.FromResult(new RunOutcome("| benchmark | change |\n|---|---|\n| sort | +1.0% |", "no significant change", Regressed: false));
        }
    }

    /// <summary>Never finishes: stands for a run the bot is killed in the middle of.</summary>
    private sealed class HangingExecutor : IRunExecutor
    {
        public async Task<RunOutcome> ExecuteAsync(BotJob job, PullRequest pullRequest, string mergeBase, CancellationToken cancellationToken)
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
            throw new InvalidOperationException("unreachable");
        }
    }
}
