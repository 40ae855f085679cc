using StaticBench.Analysis.Comparisons;
using StaticBench.Bot.Queue;
using StaticBench.Bot.Running;
using StaticBench.Schema.Model;

namespace StaticBench.Bot;

/// <summary>
/// Every text the bot writes on GitHub, in one place. Outside text goes through <see cref="ComparisonMarkdown.Escape"/>.
/// A machine's result comment is a status paragraph, then the last complete result below
/// <see cref="LastResultMarker"/>: a run that starts or fails rewrites the paragraph and keeps that result.
/// </summary>
public static class BotReplies
{
    /// <summary>Separates the status paragraph from the last complete result, which later comments carry over.</summary>
    public const string LastResultMarker = "<!-- staticbench:last-result -->";

    /// <summary>Room kept in a result comment for its heading, status paragraph and failure note; the comparison gets the rest.</summary>
    public const int Reserve = 4_000;

    /// <summary>The hidden marker that finds this machine's result comment again (updated in place on a re-run).</summary>
    public static string Marker(string machine) => $"<!-- staticbench:result machine={Uri.EscapeDataString(machine)} -->";

    public static string NotAllowed(string login) =>
        $"Thanks @{login}! Benchmark runs start on request of the people on this repository's allow-list only; one of them can start a run with `/bench`.";

    public static string NoWritePermission(string login, string repository, string permission) =>
        $"@{login} you are on this bot's allow-list, but it also asks for write permission on {ComparisonMarkdown.Escape(repository)}, " +
        $"and GitHub says yours is {ComparisonMarkdown.Escape(permission)}. A maintainer can grant it, or start the run with `/bench`.";

    public static string Refused(string login, string reason) =>
        $"@{login} I could not run that: {ComparisonMarkdown.Escape(reason)}.\n\nUsage: `/bench [--bench NAME]... [--engine NAME]... [--phase NAME]... [--size SIZE]... [--samples N]`";

    public static string ClosedPullRequest(string login) =>
        $"@{login} this pull request is closed, so I will not benchmark it.";

    /// <summary>A run started; <paramref name="lastResult"/> (from the comment so far) stays below.</summary>
    public static string Running(string machine, BotJob job, string? lastResult) => Body(
        machine,
        $"Benchmarking {ComparisonMarkdown.Escape(job.Request.Describe())} for @{job.Requester}: head `{Short(job.HeadSha)}` against merge base `{Short(job.BaseSha)}`…" +
        (lastResult is null ? "" : " The last complete result stays below until this run finishes."),
        lastResult);

    /// <summary>A run finished: its verdict, and its comparison as the new last result.</summary>
    public static string Result(string machine, BotJob job, RunOutcome outcome) => Body(
        machine,
        Verdict(outcome.Conclusion) + outcome.Summary + ".", // the executor's own words and counts, no outside text
        $"Requested by @{job.Requester} ({ComparisonMarkdown.Escape(job.Request.Describe())}): head `{Short(job.HeadSha)}` against merge base `{Short(job.BaseSha)}`.\n\n{outcome.Markdown}");

    /// <summary>A run failed: <paramref name="publicMessage"/> (never host paths or sandbox details), above the last complete result.</summary>
    public static string Failure(string machine, BotJob job, RunConclusion conclusion, string publicMessage, string? lastResult) => Body(
        machine,
        Verdict(conclusion) + $"the run requested by @{job.Requester} ({ComparisonMarkdown.Escape(job.Request.Describe())}) did not finish: {ComparisonMarkdown.Escape(Cut(publicMessage, 1000))}." +
        (lastResult is null ? "" : " The last complete result is below."),
        lastResult);

    /// <summary>The last complete result in a result comment's body, or null.</summary>
    public static string? LastResult(string? body) =>
        body?.IndexOf(LastResultMarker, StringComparison.Ordinal) is { } at and >= 0 ? body[(at + LastResultMarker.Length)..].TrimStart('\n') : null;

    private static string Body(string machine, string status, string? lastResult) =>
        $"{Marker(machine)}\n### StaticBench on {ComparisonMarkdown.Escape(machine)}\n\n{status}" +
        (lastResult is null ? "" : $"\n\n{LastResultMarker}\n{lastResult}");

    private static string Verdict(RunConclusion conclusion) => conclusion switch
    {
        RunConclusion.Success => ":white_check_mark: **Success**: ",
        RunConclusion.Failure => ":x: **Failure** (the head broke): ",
        _ => ":warning: **Error** (this machine failed, not the pull request): ",
    };

    private static string Cut(string text, int max) => text.Length > max ? text[..(max - 1)] + "…" : text;

    private static string Short(string? sha) => sha is null ? "?" : CommitId.Short(sha);
}
