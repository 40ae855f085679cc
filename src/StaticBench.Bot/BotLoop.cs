using StaticBench.Bot.Config;
using StaticBench.Bot.Queue;
using StaticBench.Bot.Requests;
using StaticBench.Bot.Running;
using StaticBench.GitHub.Client;
using StaticBench.Store.Git;

namespace StaticBench.Bot;

/// <summary>What one bot process is given: its config, the token (from the environment, never the config), where to log, and how to link the site.</summary>
public sealed record BotLoopOptions(BotConfig Config, string Token, TextWriter Log, bool Once, SiteFooter? SiteFooter = null);

/// <summary>
/// The bot as a process: say what it serves, then poll, empty the queue and wait, until cancelled (or once).
/// A poll that fails because GitHub or the data repository is down is logged and tried again at the next
/// interval; the queue is on disk, so stopping at any point is safe.
/// </summary>
public static class BotLoop
{
    public static async Task RunAsync(BotLoopOptions options, CancellationToken cancellationToken = default)
    {
        var (config, log) = (options.Config, options.Log);
        var executor = new RunnerExecutor(config, options.SiteFooter);
        log.WriteLine($"bot: {config.Machine} serves {string.Join(", ", config.Repositories)} as {config.BotLogin} through {config.ApiUrl}");
        log.WriteLine($"bot: allow-list: {AllowListSize(config)}{(config.RequireWritePermission ? ", write permission required" : "")}; " +
                      $"suite {executor.Catalog.Suite}: {executor.Catalog.Benchmarks.Count} benchmark(s); engines: {string.Join(", ", executor.Catalog.Engines)}; " +
                      (options.Once ? "one poll (--once)" : $"polling every {config.PollInterval.TotalSeconds:0} s"));
        var github = new GitHubClient(new GitHubClientOptions { BaseUrl = config.ApiUrl, Token = options.Token, Log = line => log.WriteLine("bot: " + line) });
        try
        {
            do
            {
                try
                {
                    await CycleAsync(options, github, executor, cancellationToken);
                }
                catch (Exception e) when (!options.Once && e is GitHubApiException or HttpRequestException or DataRepositoryException)
                {
                    // GitHub or the data repository is down for a while: the queue is on disk, try again next poll.
                    log.WriteLine($"bot: this poll failed, retrying in {config.PollInterval.TotalSeconds:0} s: {e.Message}");
                }

                if (!options.Once)
                {
                    await Task.Delay(config.PollInterval, cancellationToken);
                }
            }
            while (!options.Once);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            log.WriteLine("bot: stopped; unfinished requests stay queued in the state file");
        }
    }

    /// <summary>One poll and the queue emptied, with the allow-list read afresh; with --once, a one-line summary.</summary>
    private static async Task CycleAsync(BotLoopOptions options, GitHubClient github, IRunExecutor executor, CancellationToken cancellationToken)
    {
        var config = options.Config;
        var bot = new BenchBot(github, executor, config, AllowListLoader.Load(config), options.Log);
        var poll = await bot.PollAsync(cancellationToken);
        var queued = bot.State.Jobs.Where(j => j.State is JobState.Queued or JobState.Running).Select(j => j.Id).ToHashSet();
        while (await bot.WorkAsync(cancellationToken))
        {
        }

        var finished = bot.State.Jobs.Where(j => queued.Contains(j.Id)).ToArray();
        if (options.Once)
        {
            options.Log.WriteLine(
                $"bot: once: {poll.Read} new comment(s) in {config.Repositories.Count} repository(ies): {poll.Accepted} accepted, {poll.Refused} refused, {poll.Ignored} ignored; " +
                $"{finished.Length} job(s) run: {finished.Count(j => j.State == JobState.Done)} done, {finished.Count(j => j.State == JobState.Failed)} failed");
        }
    }

    /// <summary>How many logins the allow-list holds now (it is read again before every poll); a data repository that is down is said, not fatal.</summary>
    private static string AllowListSize(BotConfig config)
    {
        try
        {
            return $"{AllowListLoader.Load(config).Logins.Count} login(s)";
        }
        catch (DataRepositoryException e)
        {
            return $"not readable yet ({e.Message})";
        }
    }
}
