namespace StaticBench.Cli.Comparing;

/// <summary>The GitHub token, from the environment only: never from a file or an argument, where it would be logged or committed.</summary>
public static class GitHubToken
{
    public static readonly string[] Variables = ["STATICBENCH_GITHUB_TOKEN", "GITHUB_TOKEN"];

    public static string? FromEnvironment() =>
        Variables.Select(Environment.GetEnvironmentVariable).FirstOrDefault(v => !string.IsNullOrEmpty(v));
}
