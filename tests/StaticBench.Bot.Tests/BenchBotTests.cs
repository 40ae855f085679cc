using StaticBench.Bot.Config;
using StaticBench.Bot.Queue;
using StaticBench.Bot.Requests;
using StaticBench.Bot.Running;
using StaticBench.Bot;
using StaticBench.GitHub.Client;
using StaticBench.Testing.FakeGitHub;
using StaticBench.Testing;

namespace StaticBench.Bot.Tests;

/// <summary>The bot's conversation with GitHub, against the fake GitHub server; the machine side is a scripted executor.</summary>
public class BenchBotTests : IAsyncLifetime
{
    private const string Repo = "example/engine";
    private const string Head = "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb";
    private const string Base = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
    private const string MergeBase = "cccccccccccccccccccccccccccccccccccccccc";
    private readonly TempDirectory _dir = new();
    private readonly ScriptedExecutor _executor = new();
    private FakeGitHubServer _github = null!;

    public async Task InitializeAsync()
    {
        _github = await FakeGitHubServer.StartAsync();
        _github.State.AddPullRequest(Repo, 7, Head, Base);
    }

    public async Task DisposeAsync()
    {
        await _github.DisposeAsync();
        _dir.Dispose();
    }

    private BenchBot Bot(IRunExecutor? executor = null, bool requireWrite = false, TextWriter? log = null) => new(
        new GitHubClient(new GitHubClientOptions { BaseUrl = _github.BaseUrl, Token = "t" }),
        executor ?? _executor,
        new BotConfig
        {
            Repositories = [Repo],
            Machine = "x86-bench-1",
            BotLogin = "staticbench-bot",
            ApiUrl = _github.BaseUrl,
            AllowList = new AllowListSource(null, null, ["alice", "carol"]),
            RequireWritePermission = requireWrite,
            StateFile = _dir.Combine("state.json"),
            WorkFolder = _dir.Combine("work"),
            SiteUrl = "https://example.github.io/bench/",
            Data = new DataRepositorySettings(_dir.Combine("data"), "main", ""),
            Project = new ProjectSettings(),
            Engines = [],
        },
        AllowList.Parse("alice\ncarol"),
        log);

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
        _github.Requests.ShouldNotContain(r => r.Path.Contains("/compare/"), "the merge base comes from the executor's mirror, not GitHub's compare API");
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
    public async Task An_allow_listed_reader_is_told_that_write_permission_is_missing_issue_16()
    {
        // Given alice on the allow-list but only with read permission, on a bot that asks for write
        _github.State.SetPermission(Repo, "alice", "read");
        _github.State.AddComment(Repo, 7, "alice", "/bench");
        var log = new StringWriter();
        var bot = Bot(requireWrite: true, log: log);

        // When the bot polls
        var poll = await bot.PollAsync();

        // Then nothing is queued, and the reply says why: not the allow-list (she is on it), the permission
        bot.State.Jobs.ShouldBeEmpty();
        poll.ShouldBe(new PollSummary(Refused: 1));
        var reply = BotComments().ShouldHaveSingleItem();
        reply.ShouldContain("you are on this bot's allow-list");
        reply.ShouldContain("write permission");
        reply.ShouldContain("read");
        log.ToString().ShouldContain("permission is read");
    }

    [Fact]
    public async Task A_request_for_an_unknown_benchmark_is_refused_when_read_naming_the_known_ones_issue_16()
    {
        // Given /bench --bench nosuch on a machine that has sort and hash
        _github.State.AddComment(Repo, 7, "alice", "/bench --bench nosuch");
        var log = new StringWriter();
        var bot = Bot(log: log);

        // When the bot polls and works
        await bot.PollAsync();
        (await bot.WorkAsync()).ShouldBeFalse();

        // Then nothing was queued or run, no status was set, and the reply names what exists
        bot.State.Jobs.ShouldBeEmpty();
        _executor.Runs.ShouldBeEmpty();
        _github.State.Statuses.ShouldBeEmpty();
        var reply = BotComments().ShouldHaveSingleItem();
        reply.ShouldContain("unknown benchmark nosuch");
        reply.ShouldContain("sort, hash");
        log.ToString().ShouldContain("refused example/engine#7");
    }

    [Fact]
    public async Task A_run_whose_head_broke_ends_in_failure_and_says_so_issue_16()
    {
        // Given an executor whose comparison found the head broken
        _executor.Outcome = new RunOutcome("| sort | removed |", "1 benchmark(s) failed on the head", RunConclusion.Failure);
        _github.State.AddComment(Repo, 7, "alice", "/bench");
        var bot = Bot();

        // When the bot runs the request
        await bot.PollAsync();
        await bot.WorkAsync();

        // Then the status is failure (not success) and the comment says the head broke
        _github.State.Statuses.Select(s => (string)s["state"]!).ShouldBe(["pending", "failure"]);
        BotComments().ShouldHaveSingleItem().ShouldContain("**Failure** (the head broke): 1 benchmark(s) failed on the head");
    }

    [Fact]
    public async Task A_failed_run_keeps_the_last_good_comparison_and_shows_no_host_paths_issue_16()
    {
        // Given a request that ran and left its comparison in the result comment
        _github.State.AddComment(Repo, 7, "alice", "/bench");
        var log = new StringWriter();
        var bot = Bot(log: log);
        await bot.PollAsync();
        await bot.WorkAsync();

        // When a second request fails on the machine with a message full of host details
        _executor.Fails = new InvalidOperationException("cannot fetch /srv/bot/work/mirrors/abc: bwrap: setting up uid map: Permission denied");
        _github.State.AddComment(Repo, 7, "carol", "/bench --bench hash");
        await bot.PollAsync();
        await bot.WorkAsync();

        // Then the one result comment says it failed, still holds the good comparison, and shows none of the details
        var body = BotComments().ShouldHaveSingleItem();
        body.ShouldContain("**Error** (this machine failed, not the pull request)");
        body.ShouldContain("The last complete result is below.");
        body.ShouldContain("| sort | +1.0% |");
        body.ShouldNotContain("/srv/bot");
        body.ShouldNotContain("bwrap");
        _github.State.Statuses.Select(s => (string)s["state"]!).ShouldBe(["pending", "success", "pending", "error"]);
        log.ToString().ShouldContain("bwrap: setting up uid map");
    }

    [Fact]
    public async Task A_failure_before_the_pending_status_still_sets_an_error_status_issue_16()
    {
        // Given a merge base that cannot be found (the mirror cannot fetch)
        var executor = new FailingMergeBase();
        _github.State.AddComment(Repo, 7, "alice", "/bench");
        var bot = Bot(executor);

        // When the bot works the request
        await bot.PollAsync();
        await bot.WorkAsync();

        // Then the head still gets a final status, and the public reason is the executor's safe one
        _github.State.Statuses.Select(s => (string)s["state"]!).ShouldBe(["error"]);
        BotComments().ShouldHaveSingleItem().ShouldContain("the pull request could not be fetched");
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

    /// <summary>Knows the benchmarks sort and hash; records what it was asked to run and answers with a fixed comparison, or fails as told.</summary>
    private class ScriptedExecutor : IRunExecutor
    {
        public List<(string Head, string Base, string Request)> Runs { get; } = [];

        public RunOutcome Outcome { get; set; } = new("| benchmark | change |\n|---|---|\n| sort | +1.0% |", "no significant change", RunConclusion.Success);

        public Exception? Fails { get; set; }

        public string? Refuse(BenchRequest request) =>
            request.Benchmarks.FirstOrDefault(b => b is not ("sort" or "hash")) is { } unknown ? $"unknown benchmark {unknown}; this machine has sort, hash" : null;

        public Task<string> MergeBaseAsync(BotJob job, PullRequest pullRequest, CancellationToken cancellationToken) => Task.FromResult(MergeBase);

        public virtual Task<RunOutcome> ExecuteAsync(BotJob job, PullRequest pullRequest, string mergeBase, CancellationToken cancellationToken)
        {
            if (Fails is { } failure)
            {
                throw failure;
            }

            Runs.Add((pullRequest.Head.Sha, mergeBase, job.Request.Describe()));
            return Task.FromResult(Outcome);
        }
    }

    /// <summary>Cannot reach the project: the merge base is never found.</summary>
    private sealed class FailingMergeBase : ScriptedExecutor, IRunExecutor
    {
        Task<string> IRunExecutor.MergeBaseAsync(BotJob job, PullRequest pullRequest, CancellationToken cancellationToken) =>
            throw new RunFailedException(RunConclusion.Error, "the pull request could not be fetched to find its merge base", "fetch from /srv/x failed");
    }

    /// <summary>Never finishes: stands for a run the bot is killed in the middle of.</summary>
    private sealed class HangingExecutor : ScriptedExecutor
    {
        public override async Task<RunOutcome> ExecuteAsync(BotJob job, PullRequest pullRequest, string mergeBase, CancellationToken cancellationToken)
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
            throw new InvalidOperationException("unreachable");
        }
    }
}
