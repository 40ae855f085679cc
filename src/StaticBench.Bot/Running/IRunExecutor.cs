using StaticBench.Bot.Queue;
using StaticBench.Bot.Requests;
using StaticBench.GitHub.Client;

namespace StaticBench.Bot.Running;

/// <summary>
/// Runs what a request asks on this machine: fetch the pull request's head and merge base, build and
/// benchmark both (interleaved, sandboxed: the benchmarked code never sees the token), record both
/// results in the data repository and compare them. The bot owns GitHub; the executor owns the machine.
/// </summary>
public interface IRunExecutor
{
    /// <summary>
    /// Why this machine cannot run <paramref name="request"/> (a benchmark, engine, phase or size it does not
    /// have, naming those it has), or null. Called when the comment is read, before anything is fetched or built.
    /// </summary>
    string? Refuse(BenchRequest request);

    /// <summary>The commit the pull request's head branched from, computed from this machine's mirror of the project.</summary>
    Task<string> MergeBaseAsync(BotJob job, PullRequest pullRequest, CancellationToken cancellationToken);

    /// <exception cref="RunFailedException">The run could not finish; its <see cref="RunFailedException.PublicMessage"/> may be shown on GitHub.</exception>
    Task<RunOutcome> ExecuteAsync(BotJob job, PullRequest pullRequest, string mergeBase, CancellationToken cancellationToken);
}

/// <summary>What a run produced: the comparison as Markdown for the comment, a one-line status and the commit status it earns.</summary>
public sealed record RunOutcome(string Markdown, string Summary, RunConclusion Conclusion);
