using StaticBench.Cli.Comparing;
using System.CommandLine;
using StaticBench.Cli.Bot;
using StaticBench.GitHub.Bot;
using StaticBench.GitHub.Client;
using StaticBench.Store.Git;

namespace StaticBench.Cli.Commands;

/// <summary>
/// <c>staticbench bot --config bot.json [--once]</c>: the pull-request benchmark bot (docs/bot.md). It polls
/// GitHub (no public endpoint needed), queues allowed <c>/bench</c> requests in its state file and runs them
/// with the real runner through <see cref="RunnerExecutor"/>. <c>--once</c> polls, empties the queue and exits
/// (cron, tests); otherwise it runs until Ctrl-C or SIGTERM, and a kill is safe because the queue is on disk.
/// </summary>
public static class BotCommand
{
    public static Command Create(CliContext context)
    {
        var config = new Option<string>("--config") { Description = "The bot's JSON config file (docs/bot.md).", Required = true };
        var once = new Option<bool>("--once") { Description = "Poll once, run every queued request, then exit." };
        var command = new Command("bot", "Benchmark pull requests on request: poll for /bench comments, run head against merge base here, comment the comparison.")
        {
            config, once,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(context, parse.GetValue(config)!, parse.GetValue(once), cancellationToken));
        return command;
    }

    public static Task<int> RunAsync(CliContext context, string configPath, bool once, CancellationToken cancellationToken = default) =>
        CommandErrors.RunAsync(context, () => ServeAsync(context, configPath, once, cancellationToken));

    private static async Task<int> ServeAsync(CliContext context, string configPath, bool once, CancellationToken cancellationToken)
    {
        var config = BotConfigFile.Load(configPath);
        if (GitHubToken.FromEnvironment() is not { } token)
        {
            return CommandErrors.Fail(context, $"set {GitHubToken.Variables[0]} or {GitHubToken.Variables[1]}: the bot needs a GitHub token to read and write comments (it is never put in the config file)");
        }

        var log = context.Error;
        var executor = new RunnerExecutor(config);
        log.WriteLine($"bot: {config.Machine} serves {string.Join(", ", config.Repositories)} as {config.BotLogin} through {config.ApiUrl}");
        log.WriteLine($"bot: allow-list: {AllowListSize(config)}{(config.RequireWritePermission ? ", write permission required" : "")}; " +
                      $"suite {executor.Catalog.Suite}: {executor.Catalog.Benchmarks.Count} benchmark(s); engines: {string.Join(", ", executor.Catalog.Engines)}; " +
                      (once ? "one poll (--once)" : $"polling every {config.PollInterval.TotalSeconds:0} s"));
        var github = new GitHubClient(new GitHubClientOptions { BaseUrl = config.ApiUrl, Token = token, Log = line => log.WriteLine("bot: " + line) });
        try
        {
            do
            {
                try
                {
                    await CycleAsync(context, config, github, executor, once, cancellationToken);
                }
                catch (Exception e) when (!once && e is GitHubApiException or HttpRequestException or DataRepositoryException)
                {
                    // GitHub or the data repository is down for a while: the queue is on disk, try again next poll.
                    log.WriteLine($"bot: this poll failed, retrying in {config.PollInterval.TotalSeconds:0} s: {e.Message}");
                }

                if (!once)
                {
                    await Task.Delay(config.PollInterval, cancellationToken);
                }
            }
            while (!once);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            log.WriteLine("bot: stopped; unfinished requests stay queued in the state file");
        }

        return 0;
    }

    /// <summary>One poll and the queue emptied, with the allow-list read afresh; says what finished (and with --once, sums up).</summary>
    private static async Task CycleAsync(CliContext context, BotConfig config, GitHubClient github, IRunExecutor executor, bool once, CancellationToken cancellationToken)
    {
        var bot = new BenchBot(github, executor, Options(config, AllowListLoader.Load(config), context.Error));
        var poll = await bot.PollAsync(cancellationToken);
        var queued = bot.State.Jobs.Where(j => j.State is JobState.Queued or JobState.Running).Select(j => j.Id).ToHashSet();
        while (await bot.WorkAsync(cancellationToken))
        {
        }

        var finished = bot.State.Jobs.Where(j => queued.Contains(j.Id)).ToArray();
        if (once)
        {
            context.Error.WriteLine(
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

    private static BotOptions Options(BotConfig config, AllowList allowList, TextWriter log) => new()
    {
        Log = log,
        Repositories = config.Repositories,
        Machine = config.Machine,
        BotLogin = config.BotLogin,
        AllowList = allowList,
        RequireWritePermission = config.RequireWritePermission,
        StateFile = config.StateFile,
        SiteUrl = config.SiteUrl,
    };
}
