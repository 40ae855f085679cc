namespace StaticBench.Cli.Bot;

/// <summary>
/// Where the bot's GitHub token comes from: the environment only, never the config file. It goes to the
/// GitHub client and nowhere else; every process the runner starts gets a cleared environment.
/// </summary>
public static class BotToken
{
    /// <summary>Read in this order; the first non-empty one wins.</summary>
    public static IReadOnlyList<string> Variables { get; } = ["STATICBENCH_GITHUB_TOKEN", "GITHUB_TOKEN"];

    public static string? Read() =>
        Variables.Select(Environment.GetEnvironmentVariable).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
}
