namespace StaticBench.GitHub.Client;

/// <summary>How to reach GitHub: the API base URL (GitHub Enterprise: <c>https://host/api/v3/</c>; tests: a local server), the token and the limits.</summary>
public sealed record GitHubClientOptions
{
    public Uri BaseUrl { get; init; } = new("https://api.github.com/");

    /// <summary>A token with the scopes the caller needs; never logged.</summary>
    public string? Token { get; init; }

    public string UserAgent { get; init; } = "staticbench";

    /// <summary>The longest a rate-limited request waits for the limit to reset before giving up.</summary>
    public TimeSpan MaxRateLimitWait { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>Attempts for a GET that failed with a server error or timed out (writes are never repeated blindly).</summary>
    public int MaxGetAttempts { get; init; } = 3;

    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Told about every rate-limit wait (the request and until when); never sees the token.</summary>
    public Action<string>? Log { get; init; }

    /// <summary>The clock that rate-limit waits use; tests pass a fake.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;
}
