namespace StaticBench.GitHub.Client;

/// <summary>
/// The GitHub token, for <c>comment</c> and <c>bot</c>: from the environment only, never from a file or an
/// argument, where it would be logged or committed. It goes to the GitHub client and nowhere else: every
/// process the runner starts gets a cleared environment.
/// </summary>
public static class GitHubToken
{
    /// <summary>Read in this order; the first non-empty one wins.</summary>
    public static IReadOnlyList<string> Variables { get; } = ["STATICBENCH_GITHUB_TOKEN", "GITHUB_TOKEN"];

    public static string? FromEnvironment() =>
        Variables.Select(Environment.GetEnvironmentVariable).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
}
