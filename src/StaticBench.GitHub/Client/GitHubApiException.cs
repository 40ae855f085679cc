using System.Net;

namespace StaticBench.GitHub.Client;

/// <summary>GitHub answered with an error we do not retry: the status, the request (method and path, never the token) and GitHub's message.</summary>
public class GitHubApiException(HttpStatusCode status, string request, string message)
    : Exception($"GitHub {request} failed with {(int)status} {status}: {message}")
{
    public HttpStatusCode Status { get; } = status;
}

/// <summary>The rate limit would not reset within <see cref="GitHubClientOptions.MaxRateLimitWait"/>.</summary>
public sealed class GitHubRateLimitException(string request, DateTimeOffset resetsAt)
    : GitHubApiException(HttpStatusCode.Forbidden, request, $"rate limited until {resetsAt:O}, longer than we are willing to wait")
{
    public DateTimeOffset ResetsAt { get; } = resetsAt;
}
