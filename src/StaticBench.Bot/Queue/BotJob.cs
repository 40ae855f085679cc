using StaticBench.Bot.Requests;

namespace StaticBench.Bot.Queue;

/// <summary>Where a request is in its life. Only <see cref="Queued"/> and <see cref="Running"/> are unfinished.</summary>
public enum JobState
{
    Queued,
    Running,
    Done,
    Failed,
}

/// <summary>
/// One accepted <c>/bench</c> request, persisted before the bot acts on it so that a restart finds it.
/// Its id is derived from the repository and comment id, so a comment can never become two jobs.
/// </summary>
public sealed record BotJob
{
    public required string Id { get; init; }

    public required string Repository { get; init; }

    public required int PullRequest { get; init; }

    public required long CommentId { get; init; }

    public required string Requester { get; init; }

    public required BenchRequest Request { get; init; }

    public JobState State { get; init; } = JobState.Queued;

    /// <summary>How many times a worker started it (a restart mid-run starts it again).</summary>
    public int Attempts { get; init; }

    public string? HeadSha { get; init; }

    public string? BaseSha { get; init; }

    /// <summary>The bot's result comment on the pull request, updated in place on a re-run.</summary>
    public long? ResultCommentId { get; init; }

    public string? Error { get; init; }

    public static string IdFor(string repository, long commentId) => $"{repository.Replace('/', '_')}-{commentId}";
}
