using System.CommandLine;
using StaticBench.Bot;
using StaticBench.Bot.Config;
using StaticBench.Cli.Comparing;
using StaticBench.GitHub.Client;

namespace StaticBench.Cli.Commands;

/// <summary>
/// <c>staticbench bot --config bot.json [--once]</c>: the pull-request benchmark bot (docs/bot.md). This verb
/// reads the config and the token and hands over to <see cref="BotLoop"/>; the site's compare-view links come
/// from <see cref="SiteSection"/>. <c>--once</c> polls, empties the queue and exits (cron, tests); otherwise it
/// runs until Ctrl-C or SIGTERM, and a kill is safe because the queue is on disk.
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

        await BotLoop.RunAsync(
            new BotLoopOptions(config, token, context.Error, once, (b, h, report) => SiteSection.Markdown(config.SiteUrl, b, h, report)),
            cancellationToken);
        return 0;
    }
}
