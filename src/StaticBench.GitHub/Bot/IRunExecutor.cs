using StaticBench.GitHub.Client;

namespace StaticBench.GitHub.Bot;

/// <summary>
/// Runs what a request asks on this machine: fetch the pull request's head and merge base, build and
/// benchmark both (interleaved, sandboxed: the benchmarked code never sees the token), record both
/// results in the data repository and compare them. The bot owns GitHub; the executor owns the machine.
/// </summary>
public interface IRunExecutor
{
    Task<RunOutcome> ExecuteAsync(BotJob job, PullRequest pullRequest, string mergeBase, CancellationToken cancellationToken);
}

/// <summary>What a run produced: the comparison as Markdown for the comment, a one-line status, and whether it regressed.</summary>
public sealed record RunOutcome(string Markdown, string Summary, bool Regressed);
