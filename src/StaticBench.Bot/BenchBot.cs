using StaticBench.Bot.Config;
using StaticBench.Bot.Queue;
using StaticBench.Bot.Requests;
using StaticBench.Bot.Running;
using StaticBench.GitHub.Client;

namespace StaticBench.Bot;

/// <summary>
/// The comment-triggered benchmark bot. <see cref="PollAsync"/> reads new comments and turns each
/// allowed, valid <c>/bench</c> on an open pull request into a persisted job (everything else is answered
/// or ignored, and every comment is handled once). <see cref="WorkAsync"/> runs the next job: react,
/// pending status, run, one result comment per machine (updated in place, keeping the last complete
/// result when a run fails), final status. A job is saved as running before it runs, so a bot killed
/// mid-run runs it again on restart, and a finished job is never run again.
/// </summary>
/// <param name="github">The GitHub client, holding the token.</param>
/// <param name="executor">Runs a job on this machine.</param>
/// <param name="config">This machine's bot.json.</param>
/// <param name="allowList">Who may ask, as read for this poll (the loop reads it again before every poll).</param>
/// <param name="log">Where the bot says what it does (polls, refusals with their reason, each job's stages); never the token.</param>
public sealed class BenchBot(GitHubClient github, IRunExecutor executor, BotConfig config, AllowList allowList, TextWriter? log = null)
{
    private static readonly string[] WritePermissions = ["admin", "maintain", "write"];
    private readonly BotState _state = BotState.Load(config.StateFile);

    public BotState State => _state;

    /// <summary>Reads the comments that came since the last poll in every repository.</summary>
    public async Task<PollSummary> PollAsync(CancellationToken cancel = default)
    {
        var summary = new PollSummary();
        foreach (var name in config.Repositories)
        {
            var repo = RepositoryName.Parse(name);
            var comments = await github.ListRepositoryCommentsAsync(repo, _state.ReadSince(name), cancel).ConfigureAwait(false);
            var fresh = comments.Where(c => !_state.WasHandled(name, c.Id)).ToArray();
            Log($"polled {name}: {fresh.Length} new comment(s)");
            foreach (var comment in fresh)
            {
                summary = summary.Add(await HandleAsync(repo, comment, cancel).ConfigureAwait(false));
            }
        }

        return summary;
    }

    /// <summary>Runs the next unfinished job, if any; false when the queue is empty.</summary>
    public async Task<bool> WorkAsync(CancellationToken cancel = default)
    {
        if (_state.NextJob() is not { } next)
        {
            return false;
        }

        var repo = RepositoryName.Parse(next.Repository);
        if (next.Attempts >= config.MaxAttempts)
        {
            // It was started this often and never finished: something kills the bot during it. Stop retrying.
            var given = next with { State = JobState.Failed, Error = $"gave up after {next.Attempts} interrupted attempts" };
            _state.Update(given);
            Log($"job {given.Id}: {given.Error}");
            await TryReportFailureAsync(repo, given, RunConclusion.Error, given.Error, cancel).ConfigureAwait(false);
            return true;
        }

        var job = next with { State = JobState.Running, Attempts = next.Attempts + 1 };
        _state.Update(job);
        Log($"job {job.Id}: {repo}#{job.PullRequest} for {job.Requester} ({job.Request.Describe()}), attempt {job.Attempts}");
        try
        {
            var pull = await github.GetPullRequestAsync(repo, job.PullRequest, cancel).ConfigureAwait(false);
            job = job with { HeadSha = pull.Head.Sha };
            var mergeBase = await executor.MergeBaseAsync(job, pull, cancel).ConfigureAwait(false);
            job = job with { BaseSha = mergeBase };
            Log($"job {job.Id}: head {job.HeadSha}, merge base {mergeBase}");
            job = await PostAsync(repo, job, last => BotReplies.Running(config.Machine, job, last), cancel).ConfigureAwait(false);
            await StatusAsync(repo, job, "pending", "benchmarking", cancel).ConfigureAwait(false);

            Log($"job {job.Id}: running");
            var outcome = await executor.ExecuteAsync(job, pull, mergeBase, cancel).ConfigureAwait(false);

            job = await PostAsync(repo, job, _ => BotReplies.Result(config.Machine, job, outcome), cancel).ConfigureAwait(false);
            await StatusAsync(repo, job, outcome.Conclusion.State(), outcome.Summary, cancel).ConfigureAwait(false);
            _state.Update(job with { State = JobState.Done });
            Log($"job {job.Id}: done, {outcome.Conclusion.State()}: {outcome.Summary}");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The details (paths, sandbox diagnostics) go to the log; GitHub gets what is safe to show.
            var failed = e as RunFailedException;
            var conclusion = failed?.Conclusion ?? RunConclusion.Error;
            var shown = failed?.PublicMessage ?? $"something went wrong on {config.Machine}; its operator finds the details in the bot's log";
            job = job with { State = JobState.Failed, Error = e.Message };
            _state.Update(job);
            Log($"job {job.Id}: failed ({conclusion.State()}): {e.Message}");
            await TryReportFailureAsync(repo, job, conclusion, shown, cancel).ConfigureAwait(false);
        }

        return true;
    }

    private async Task<PollSummary.Outcome> HandleAsync(RepositoryName repo, IssueComment comment, CancellationToken cancel)
    {
        var name = repo.ToString();
        var parse = string.Equals(comment.User.Login, config.BotLogin, StringComparison.OrdinalIgnoreCase)
            ? new BenchCommandParse.NotACommand()
            : BenchCommandParser.Parse(comment.Body);
        if (parse is BenchCommandParse.NotACommand)
        {
            _state.Handle(name, comment.Id, comment.UpdatedAt);
            return PollSummary.Outcome.Ignored;
        }

        var login = comment.User.Login;
        var where = $"{name}#{comment.IssueNumber} comment {comment.Id} by {login}";
        if (!allowList.Allows(login))
        {
            Log($"refused {where}: not on the allow-list ({allowList.Logins.Count} login(s))");
            await ReplyOnceAsync(repo, comment, BotReplies.NotAllowed(login), cancel).ConfigureAwait(false);
            return PollSummary.Outcome.Refused;
        }

        if (config.RequireWritePermission
            && await github.GetCollaboratorPermissionAsync(repo, login, cancel).ConfigureAwait(false) is var permission
            && !WritePermissions.Contains(permission, StringComparer.Ordinal))
        {
            Log($"refused {where}: on the allow-list, but GitHub says their permission is {permission}, not write");
            await ReplyOnceAsync(repo, comment, BotReplies.NoWritePermission(login, name, permission), cancel).ConfigureAwait(false);
            return PollSummary.Outcome.Refused;
        }

        var reason = parse is BenchCommandParse.Rejected rejected ? rejected.Reason : executor.Refuse(((BenchCommandParse.Accepted)parse).Request);
        if (reason is not null)
        {
            Log($"refused {where}: {reason}");
            await ReplyOnceAsync(repo, comment, BotReplies.Refused(login, reason), cancel).ConfigureAwait(false);
            return PollSummary.Outcome.Refused;
        }

        PullRequest pull;
        try
        {
            pull = await github.GetPullRequestAsync(repo, comment.IssueNumber, cancel).ConfigureAwait(false);
        }
        catch (GitHubApiException e) when (e.Status == System.Net.HttpStatusCode.NotFound)
        {
            Log($"ignored {where}: not a pull request");
            _state.Handle(name, comment.Id, comment.UpdatedAt); // a comment on an issue, not a pull request
            return PollSummary.Outcome.Ignored;
        }

        if (pull.State != "open")
        {
            Log($"refused {where}: the pull request is {pull.State}");
            await ReplyOnceAsync(repo, comment, BotReplies.ClosedPullRequest(login), cancel).ConfigureAwait(false);
            return PollSummary.Outcome.Refused;
        }

        var job = new BotJob
        {
            Id = BotJob.IdFor(name, comment.Id),
            Repository = name,
            PullRequest = pull.Number,
            CommentId = comment.Id,
            Requester = login,
            Request = ((BenchCommandParse.Accepted)parse).Request,
        };

        // Saved before anything is said on GitHub: if we die now, the job is still there on restart.
        _state.Handle(name, comment.Id, comment.UpdatedAt, job);
        Log($"queued {where} as job {job.Id}: {job.Request.Describe()}");
        await github.CreateReactionAsync(repo, comment.Id, "eyes", cancel).ConfigureAwait(false);
        return PollSummary.Outcome.Accepted;
    }

    /// <summary>Marks the comment handled first, then answers: a crash in between loses a reply, never repeats one.</summary>
    private async Task ReplyOnceAsync(RepositoryName repo, IssueComment comment, string reply, CancellationToken cancel)
    {
        _state.Handle(repo.ToString(), comment.Id, comment.UpdatedAt);
        await github.CreateIssueCommentAsync(repo, comment.IssueNumber, reply, cancel).ConfigureAwait(false);
    }

    /// <summary>
    /// Creates this machine's result comment, or updates it in place when it exists (a re-run, another request).
    /// <paramref name="body"/> gets the last complete result the comment holds now, so it can keep it.
    /// </summary>
    private async Task<BotJob> PostAsync(RepositoryName repo, BotJob job, Func<string?, string> body, CancellationToken cancel)
    {
        var existing = await StickyComment.FindAsync(github, repo, job.PullRequest, BotReplies.Marker(config.Machine), config.BotLogin, cancel).ConfigureAwait(false);
        var text = body(BotReplies.LastResult(existing?.Body));
        var comment = existing is null
            ? await github.CreateIssueCommentAsync(repo, job.PullRequest, text, cancel).ConfigureAwait(false)
            : await github.UpdateIssueCommentAsync(repo, existing.Id, text, cancel).ConfigureAwait(false);
        var updated = job with { ResultCommentId = comment.Id };
        _state.Update(updated);
        return updated;
    }

    private Task StatusAsync(RepositoryName repo, BotJob job, string state, string description, CancellationToken cancel) =>
        github.CreateCommitStatusAsync(
            repo,
            job.HeadSha!,
            new CommitStatusRequest(state, config.StatusContext, description.Length > 140 ? description[..137] + "..." : description, config.SiteUrl),
            cancel);

    private async Task TryReportFailureAsync(RepositoryName repo, BotJob job, RunConclusion conclusion, string shown, CancellationToken cancel)
    {
        try
        {
            await PostAsync(repo, job, last => BotReplies.Failure(config.Machine, job, conclusion, shown, last), cancel).ConfigureAwait(false);
            if (job.HeadSha is not null)
            {
                await StatusAsync(repo, job, conclusion.State(), conclusion == RunConclusion.Failure ? "the head broke: " + shown : "the benchmark run failed on this machine", cancel).ConfigureAwait(false);
            }
        }
        catch (GitHubApiException e)
        {
            // GitHub itself is failing; the job is marked failed in the state file, which is what matters.
            Log($"job {job.Id}: could not report the failure on GitHub: {e.Message}");
        }
    }

    private void Log(string line) => (log ?? TextWriter.Null).WriteLine($"bot: {line}");
}

/// <summary>What one poll did with the comments it read.</summary>
public sealed record PollSummary(int Accepted = 0, int Refused = 0, int Ignored = 0)
{
    public enum Outcome
    {
        Accepted,
        Refused,
        Ignored,
    }

    public int Read => Accepted + Refused + Ignored;

    public PollSummary Add(Outcome outcome) => outcome switch
    {
        Outcome.Accepted => this with { Accepted = Accepted + 1 },
        Outcome.Refused => this with { Refused = Refused + 1 },
        _ => this with { Ignored = Ignored + 1 },
    };

    public PollSummary Add(PollSummary other) => new(Accepted + other.Accepted, Refused + other.Refused, Ignored + other.Ignored);
}
