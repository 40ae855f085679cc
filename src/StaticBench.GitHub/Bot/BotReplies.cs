using StaticBench.Analysis.Comparisons;
using StaticBench.Schema.Model;

namespace StaticBench.GitHub.Bot;

/// <summary>Every text the bot writes on GitHub, in one place. Outside text goes through <see cref="ComparisonMarkdown.Escape"/>.</summary>
public static class BotReplies
{
    /// <summary>The hidden marker that finds this machine's result comment again (updated in place on a re-run).</summary>
    public static string Marker(string machine) => $"<!-- staticbench:result machine={Uri.EscapeDataString(machine)} -->";

    public static string NotAllowed(string login) =>
        $"Thanks @{login}! Benchmark runs start on request of the people on this repository's allow-list only; one of them can start a run with `/bench`.";

    public static string Refused(string login, string reason) =>
        $"@{login} I could not run that: {ComparisonMarkdown.Escape(reason)}.\n\nUsage: `/bench [--bench NAME]... [--engine NAME]... [--phase NAME]... [--size SIZE]... [--samples N]`";

    public static string ClosedPullRequest(string login) =>
        $"@{login} this pull request is closed, so I will not benchmark it.";

    public static string Running(BotOptions options, BotJob job) =>
        $"{Marker(options.Machine)}\n### StaticBench on {ComparisonMarkdown.Escape(options.Machine)}\n\nBenchmarking {ComparisonMarkdown.Escape(job.Request.Describe())} for @{job.Requester}: head `{Short(job.HeadSha)}` against merge base `{Short(job.BaseSha)}`…";

    public static string Result(BotOptions options, BotJob job, RunOutcome outcome) =>
        $"{Marker(options.Machine)}\n### StaticBench on {ComparisonMarkdown.Escape(options.Machine)}\n\nRequested by @{job.Requester} ({ComparisonMarkdown.Escape(job.Request.Describe())}): head `{Short(job.HeadSha)}` against merge base `{Short(job.BaseSha)}`.\n\n{outcome.Markdown}{SiteLink(options)}";

    public static string Failure(BotOptions options, BotJob job, string error) =>
        $"{Marker(options.Machine)}\n### StaticBench on {ComparisonMarkdown.Escape(options.Machine)}\n\nThe run requested by @{job.Requester} failed: {ComparisonMarkdown.Escape(error)}";

    private static string SiteLink(BotOptions options) => options.SiteUrl is { } url ? $"\n\n[All results]({url})" : "";

    private static string Short(string? sha) => sha is null ? "?" : CommitId.Short(sha);
}
