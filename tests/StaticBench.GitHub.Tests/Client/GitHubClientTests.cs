using System.Diagnostics;
using System.Net;
using StaticBench.GitHub.Client;
using StaticBench.Testing.FakeGitHub;

namespace StaticBench.GitHub.Tests.Client;

public class GitHubClientTests : IAsyncLifetime
{
    private const string Repo = "bytecodealliance/wasmtime";
    private static readonly RepositoryName Name = RepositoryName.Parse(Repo);
    private FakeGitHubServer _github = null!;
    private GitHubClient _client = null!;

    public async Task InitializeAsync()
    {
        _github = await FakeGitHubServer.StartAsync();
        _client = Client();
    }

    public async Task DisposeAsync()
    {
        await _github.DisposeAsync();
    }

    private GitHubClient Client(TimeSpan? maxWait = null, TimeSpan? timeout = null) => new(new GitHubClientOptions
    {
        BaseUrl = _github.BaseUrl,
        Token = "secret-token",
        MaxRateLimitWait = maxWait ?? TimeSpan.FromSeconds(10),
        RequestTimeout = timeout ?? TimeSpan.FromSeconds(10),
    });

    [Fact]
    public async Task Lists_every_comment_across_pages_with_the_token()
    {
        // Given more comments than fit on one page
        for (var i = 0; i < 230; i++)
        {
            _github.State.AddComment(Repo, 1 + (i % 3), "alice", $"comment {i}");
        }

        // When they are listed
        var comments = await _client.ListRepositoryCommentsAsync(Name, since: null);

        // Then all arrive in order, fetched page by page, each request authenticated
        comments.Select(c => c.Body).ShouldBe(Enumerable.Range(0, 230).Select(i => $"comment {i}"));
        comments[4].IssueNumber.ShouldBe(2);
        comments[0].User.Login.ShouldBe("alice");
        _github.Requests.Count.ShouldBe(3);
        _github.Requests.ShouldAllBe(r => r.Authorization == "Bearer secret-token");
    }

    [Fact]
    public async Task Only_comments_updated_since_a_time_are_listed()
    {
        _github.State.AddComment(Repo, 1, "alice", "old");
        var all = await _client.ListRepositoryCommentsAsync(Name, since: null);
        _github.State.AddComment(Repo, 1, "bob", "new");

        var recent = await _client.ListRepositoryCommentsAsync(Name, since: all[^1].UpdatedAt.AddSeconds(1));

        recent.ShouldHaveSingleItem().Body.ShouldBe("new");
    }

    [Fact]
    public async Task Polling_again_with_nothing_new_is_a_conditional_request_answered_304()
    {
        // Given a list read once
        _github.State.AddComment(Repo, 1, "alice", "/bench");
        var first = await _client.ListRepositoryCommentsAsync(Name, since: null);

        // When it is read again with no change
        var second = await _client.ListRepositoryCommentsAsync(Name, since: null);

        // Then the second request carried the ETag, GitHub answered 304, and the same comments come back
        var last = _github.Requests[^1];
        last.IfNoneMatch.ShouldNotBeNull();
        last.Status.ShouldBe(304);
        second.Select(c => c.Id).ShouldBe(first.Select(c => c.Id));
    }

    [Fact]
    public async Task A_rate_limited_request_waits_for_the_reset_and_then_succeeds()
    {
        // Given GitHub's primary rate limit on the next request, resetting within a second or two
        _github.State.AddPullRequest(Repo, 7, headSha: new string('b', 40), baseSha: new string('a', 40));
        _github.RateLimitNext("repos/", TimeSpan.FromSeconds(1));
        var clock = Stopwatch.StartNew();

        // When the pull request is read
        var pull = await _client.GetPullRequestAsync(Name, 7);

        // Then the client waited for the reset and tried again
        pull.Head.Sha.ShouldBe(new string('b', 40));
        _github.Requests.Select(r => r.Status).ShouldBe([403, 200]);
        clock.Elapsed.ShouldBeGreaterThan(TimeSpan.FromMilliseconds(500));
    }

    [Theory]
    [InlineData(403, "{\"message\":\"You have exceeded a secondary rate limit. Please wait a few minutes before you try again.\"}")]
    [InlineData(429, "{\"message\":\"Too many requests\"}")]
    public async Task A_secondary_rate_limit_or_429_waits_for_retry_after_and_then_succeeds(int status, string body)
    {
        // Given GitHub's secondary limit (Octokit: SecondaryRateLimitExceededException) or a 429 (a plain ApiException)
        _github.State.AddPullRequest(Repo, 7, headSha: new string('b', 40), baseSha: new string('a', 40));
        _github.Inject(new Fault((_, path) => path.StartsWith("repos/", StringComparison.Ordinal), status, new Dictionary<string, string> { ["retry-after"] = "1" }, body));
        var waits = new List<string>();
        var client = new GitHubClient(new GitHubClientOptions { BaseUrl = _github.BaseUrl, Token = "secret-token", Log = waits.Add });
        var clock = Stopwatch.StartNew();

        // When the pull request is read
        var pull = await client.GetPullRequestAsync(Name, 7);

        // Then the client waited the second GitHub asked for, said so, and tried again
        pull.Number.ShouldBe(7);
        _github.Requests.Select(r => r.Status).ShouldBe([status, 200]);
        clock.Elapsed.ShouldBeGreaterThan(TimeSpan.FromMilliseconds(800));
        waits.ShouldHaveSingleItem().ShouldContain($"GitHub rate limit on GET repos/{Repo}/pulls/7: waiting 1 s");
        waits[0].ShouldNotContain("secret-token");
    }

    [Fact]
    public async Task A_rate_limit_longer_than_we_will_wait_is_an_error_at_once()
    {
        _github.RateLimitNext("repos/", TimeSpan.FromHours(1), status: 429);

        var error = await Should.ThrowAsync<GitHubRateLimitException>(() => Client(maxWait: TimeSpan.FromMinutes(1)).GetPullRequestAsync(Name, 7));

        error.ResetsAt.ShouldBeGreaterThan(DateTimeOffset.UtcNow.AddMinutes(30));
        _github.Requests.Count.ShouldBe(1);
    }

    [Fact]
    public async Task A_forbidden_answer_without_rate_limit_headers_is_a_permission_error_not_a_wait()
    {
        _github.Inject(new Fault((_, path) => path.Contains("/pulls/", StringComparison.Ordinal), Status: 403, Body: "{\"message\":\"Resource not accessible by integration\"}"));

        var error = await Should.ThrowAsync<GitHubApiException>(() => _client.GetPullRequestAsync(Name, 7));

        error.Status.ShouldBe(HttpStatusCode.Forbidden);
        error.Message.ShouldContain("Resource not accessible by integration");
        error.Message.ShouldNotContain("secret-token");
    }

    [Fact]
    public async Task Reads_are_retried_after_server_errors_and_slow_answers_but_writes_are_not_repeated()
    {
        // Given a server error and then a response slower than the client waits
        _github.State.AddPullRequest(Repo, 7, headSha: new string('b', 40), baseSha: new string('a', 40));
        _github.Inject(new Fault((method, _) => method == "GET", Status: 502));
        _github.Inject(new Fault((method, _) => method == "GET", Delay: TimeSpan.FromSeconds(3)));
        var client = Client(timeout: TimeSpan.FromSeconds(1));

        // When the pull request is read, then the third try succeeds
        (await client.GetPullRequestAsync(Name, 7)).Number.ShouldBe(7);

        // And a failed write is reported, not sent twice (a comment must never be posted twice)
        _github.Inject(new Fault((method, _) => method == "POST", Status: 502));
        await Should.ThrowAsync<GitHubApiException>(() => client.CreateIssueCommentAsync(Name, 7, "results"));
        _github.Requests.Count(r => r.Method == "POST").ShouldBe(1);
    }

    [Fact]
    public async Task Cancelling_stops_a_write_in_flight_instead_of_waiting_for_the_answer_17()
    {
        // Given a server that holds a new comment for five minutes, and a client that would wait ten
        var arrived = HoldNext("POST");
        var client = Client(timeout: TimeSpan.FromMinutes(10));
        using var cancel = new CancellationTokenSource();

        // When the comment is being posted and the caller cancels
        var posting = StickyComment.UpsertAsync(client, Name, 7, "<!-- m -->", "<!-- m -->results", knownId: null, cancel: cancel.Token);
        await arrived.WaitAsync(TimeSpan.FromSeconds(30));
        await cancel.CancelAsync();

        // Then the call ends as cancelled, without its answer (the guard only keeps a failing test from hanging)
        await Should.ThrowAsync<OperationCanceledException>(() => posting.WaitAsync(TimeSpan.FromSeconds(30)));
    }

    [Fact]
    public async Task Cancelling_stops_a_read_in_flight_and_does_not_retry_it_17()
    {
        // Given a server that holds the bot's poll of new comments
        var arrived = HoldNext("GET");
        var client = Client(timeout: TimeSpan.FromMinutes(10));
        using var cancel = new CancellationTokenSource();

        // When the poll is in flight and the bot is stopped
        var polling = client.ListRepositoryCommentsAsync(Name, since: null, cancel.Token);
        await arrived.WaitAsync(TimeSpan.FromSeconds(30));
        await cancel.CancelAsync();

        // Then the poll ends as cancelled, and is not sent again
        await Should.ThrowAsync<OperationCanceledException>(() => polling.WaitAsync(TimeSpan.FromSeconds(30)));
        _github.Requests.ShouldBeEmpty();
    }

    /// <summary>Holds the next request of <paramref name="method"/> for five minutes; the task completes when it arrives.</summary>
    private Task HoldNext(string method)
    {
        var arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _github.Inject(new Fault((m, _) => m == method && arrived.TrySetResult() | true, Delay: TimeSpan.FromMinutes(5)));
        return arrived.Task;
    }

    [Fact]
    public async Task Comments_reactions_statuses_and_permissions_round_trip()
    {
        _github.State.SetPermission(Repo, "alice", "write");

        var comment = await _client.CreateIssueCommentAsync(Name, 7, "first | `table` <b>");
        var edited = await _client.UpdateIssueCommentAsync(Name, comment.Id, "second");
        var reaction = await _client.CreateReactionAsync(Name, comment.Id, "eyes");
        var status = await _client.CreateCommitStatusAsync(Name, new string('b', 40), new CommitStatusRequest("pending", "staticbench/x86", "benchmarking", "https://example.org/run"));

        comment.Body.ShouldBe("first | `table` <b>");
        comment.IssueNumber.ShouldBe(7);
        edited.Body.ShouldBe("second");
        reaction.Content.ShouldBe("eyes");
        status.State.ShouldBe("pending");
        _github.State.Statuses.ShouldHaveSingleItem()["target_url"]!.GetValue<string>().ShouldBe("https://example.org/run");
        (await _client.GetCollaboratorPermissionAsync(Name, "alice")).ShouldBe("write");
        (await _client.GetCollaboratorPermissionAsync(Name, "mallory")).ShouldBe("none");
        (await _client.ListIssueCommentsAsync(Name, 7)).ShouldHaveSingleItem().Body.ShouldBe("second");
    }

    [Theory]
    [InlineData("owner")]
    [InlineData("owner/name/extra")]
    [InlineData("/name")]
    [InlineData("owner/ name")]
    public void Repository_names_must_be_owner_slash_name(string text)
    {
        Should.Throw<FormatException>(() => RepositoryName.Parse(text));
    }
}
