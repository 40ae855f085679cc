using StaticBench.GitHub.Client;

namespace StaticBench.GitHub.Bot;

/// <summary>
/// The comment-triggered benchmark bot. <see cref="PollAsync"/> reads new comments and turns each
/// allowed <c>/bench</c> on an open pull request into a persisted job (everything else is answered or
/// ignored, and every comment is handled once). <see cref="WorkAsync"/> runs the next job: react,
/// pending status, run, one result comment per machine (updated in place), final status. A job is
/// saved as running before it runs, so a bot killed mid-run runs it again on restart, and a finished
/// job is never run again.
/// </summary>
public sealed class BenchBot(GitHubClient github, IRunExecutor executor, BotOptions options)
{
    private static readonly string[] WritePermissions = ["admin", "maintain", "write"];
    private readonly BotState _state = BotState.Load(options.StateFile);

    public BotState State => _state;

    /// <summary>Reads the comments that came since the last poll in every repository.</summary>
    public async Task PollAsync(CancellationToken cancel = default)
    {
        foreach (var name in options.Repositories)
        {
            var repo = RepositoryName.Parse(name);
            foreach (var comment in await github.ListRepositoryCommentsAsync(repo, _state.ReadSince(name), cancel).ConfigureAwait(false))
            {
                if (!_state.WasHandled(name, comment.Id))
                {
                    await HandleAsync(repo, comment, cancel).ConfigureAwait(false);
                }
            }
        }
    }

    /// <summary>Runs the next unfinished job, if any; false when the queue is empty.</summary>
    public async Task<bool> WorkAsync(CancellationToken cancel = default)
    {
        if (_state.NextJob() is not { } next)
        {
            return false;
        }

        var repo = RepositoryName.Parse(next.Repository);
        if (next.Attempts >= options.MaxAttempts)
        {
            // It was started this often and never finished: something kills the bot during it. Stop retrying.
            var given = next with { State = JobState.Failed, Error = $"gave up after {next.Attempts} interrupted attempts" };
            _state.Update(given);
            await TryReportFailureAsync(repo, given, given.Error, cancel).ConfigureAwait(false);
            return true;
        }

        var job = next with { State = JobState.Running, Attempts = next.Attempts + 1 };
        _state.Update(job);
        try
        {
            var pull = await github.GetPullRequestAsync(repo, job.PullRequest, cancel).ConfigureAwait(false);
            var mergeBase = await github.GetMergeBaseAsync(repo, pull.Base.Sha, pull.Head.Sha, cancel).ConfigureAwait(false);
            job = job with { HeadSha = pull.Head.Sha, BaseSha = mergeBase };
            job = await PostAsync(repo, job, BotReplies.Running(options, job), cancel).ConfigureAwait(false);
            await StatusAsync(repo, job, "pending", "benchmarking", cancel).ConfigureAwait(false);

            var outcome = await executor.ExecuteAsync(job, pull, mergeBase, cancel).ConfigureAwait(false);

            job = await PostAsync(repo, job, BotReplies.Result(options, job, outcome), cancel).ConfigureAwait(false);
            await StatusAsync(repo, job, outcome.Regressed ? "failure" : "success", outcome.Summary, cancel).ConfigureAwait(false);
            _state.Update(job with { State = JobState.Done });
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The run itself failed (build error, wrong checksum, GitHub refused): say so where it was asked.
            job = job with { State = JobState.Failed, Error = e.Message };
            _state.Update(job);
            await TryReportFailureAsync(repo, job, e.Message, cancel).ConfigureAwait(false);
        }

        return true;
    }

    private async Task HandleAsync(RepositoryName repo, IssueComment comment, CancellationToken cancel)
    {
        var name = repo.ToString();
        var parse = string.Equals(comment.User.Login, options.BotLogin, StringComparison.OrdinalIgnoreCase)
            ? new BenchCommandParse.NotACommand()
            : BenchCommandParser.Parse(comment.Body);
        if (parse is BenchCommandParse.NotACommand)
        {
            _state.Handle(name, comment.Id, comment.UpdatedAt);
            return;
        }

        var login = comment.User.Login;
        if (!await IsAllowedAsync(repo, login, cancel).ConfigureAwait(false))
        {
            await ReplyOnceAsync(repo, comment, BotReplies.NotAllowed(login), cancel).ConfigureAwait(false);
            return;
        }

        if (parse is BenchCommandParse.Rejected rejected)
        {
            await ReplyOnceAsync(repo, comment, BotReplies.Refused(login, rejected.Reason), cancel).ConfigureAwait(false);
            return;
        }

        PullRequest pull;
        try
        {
            pull = await github.GetPullRequestAsync(repo, comment.IssueNumber, cancel).ConfigureAwait(false);
        }
        catch (GitHubApiException e) when (e.Status == System.Net.HttpStatusCode.NotFound)
        {
            _state.Handle(name, comment.Id, comment.UpdatedAt); // a comment on an issue, not a pull request
            return;
        }

        if (pull.State != "open")
        {
            await ReplyOnceAsync(repo, comment, BotReplies.ClosedPullRequest(login), cancel).ConfigureAwait(false);
            return;
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
        await github.CreateReactionAsync(repo, comment.Id, "eyes", cancel).ConfigureAwait(false);
    }

    private async Task<bool> IsAllowedAsync(RepositoryName repo, string login, CancellationToken cancel)
    {
        if (!options.AllowList.Allows(login))
        {
            return false;
        }

        if (!options.RequireWritePermission)
        {
            return true;
        }

        var permission = await github.GetCollaboratorPermissionAsync(repo, login, cancel).ConfigureAwait(false);
        return WritePermissions.Contains(permission, StringComparer.Ordinal);
    }

    /// <summary>Marks the comment handled first, then answers: a crash in between loses a reply, never repeats one.</summary>
    private async Task ReplyOnceAsync(RepositoryName repo, IssueComment comment, string reply, CancellationToken cancel)
    {
        _state.Handle(repo.ToString(), comment.Id, comment.UpdatedAt);
        await github.CreateIssueCommentAsync(repo, comment.IssueNumber, reply, cancel).ConfigureAwait(false);
    }

    /// <summary>Creates this machine's result comment, or updates it in place when it exists (a re-run, another request).</summary>
    private async Task<BotJob> PostAsync(RepositoryName repo, BotJob job, string body, CancellationToken cancel)
    {
        var comment = await StickyComment.UpsertAsync(
            github, repo, job.PullRequest, BotReplies.Marker(options.Machine), body, options.BotLogin, job.ResultCommentId, cancel).ConfigureAwait(false);
        var updated = job with { ResultCommentId = comment.Id };
        _state.Update(updated);
        return updated;
    }

    private Task StatusAsync(RepositoryName repo, BotJob job, string state, string description, CancellationToken cancel) =>
        github.CreateCommitStatusAsync(
            repo,
            job.HeadSha!,
            new CommitStatusRequest(state, options.StatusContext, description.Length > 140 ? description[..137] + "..." : description, options.SiteUrl),
            cancel);

    private async Task TryReportFailureAsync(RepositoryName repo, BotJob job, string error, CancellationToken cancel)
    {
        try
        {
            await PostAsync(repo, job, BotReplies.Failure(options, job, error), cancel).ConfigureAwait(false);
            if (job.HeadSha is not null)
            {
                await StatusAsync(repo, job, "error", "the benchmark run failed", cancel).ConfigureAwait(false);
            }
        }
        catch (GitHubApiException)
        {
            // GitHub itself is failing; the job is marked failed in the state file, which is what matters.
        }
    }
}
