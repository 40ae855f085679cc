namespace StaticBench.GitHub.Client;

/// <summary>
/// The caller's <see cref="CancellationToken"/> for the GitHub call in progress. Octokit's clients take no
/// token (only some of its low-level <c>Post</c> overloads do), so <see cref="GitHubCalls"/> sets it here
/// around each call and <see cref="ConditionalRequestHandler"/>, under Octokit, sends the request with it:
/// cancelling stops a request in flight instead of waiting out the request timeout. An async-local value
/// flows into the calls Octokit makes on our behalf and never leaks into another caller's.
/// </summary>
internal static class CallCancellation
{
    private static readonly AsyncLocal<CancellationToken> Token = new();

    public static CancellationToken Current
    {
        get => Token.Value;
        set => Token.Value = value;
    }
}
