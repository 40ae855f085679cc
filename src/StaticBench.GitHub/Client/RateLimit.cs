using System.Globalization;
using System.Net;
using Octokit;

namespace StaticBench.GitHub.Client;

/// <summary>
/// Reads GitHub's rate-limit answers from any of the three shapes Octokit throws: the primary limit
/// (<see cref="RateLimitExceededException"/>: 403 with <c>x-ratelimit-remaining: 0</c> and
/// <c>x-ratelimit-reset</c>, epoch seconds), a secondary limit (<see cref="SecondaryRateLimitExceededException"/>:
/// <c>retry-after</c> seconds, only in its response headers) and a plain <see cref="ApiException"/> with 429.
/// A 403 with neither header is a permission error, not a limit.
/// </summary>
internal static class RateLimit
{
    /// <summary>When the request may be tried again, or null when the answer is not a rate limit.</summary>
    public static DateTimeOffset? RetryAt(ApiException error, DateTimeOffset now)
    {
        if (error.StatusCode is not (HttpStatusCode.Forbidden or HttpStatusCode.TooManyRequests))
        {
            return null;
        }

        if (long.TryParse(Header(error, "retry-after"), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return now.AddSeconds(seconds);
        }

        if (Header(error, "x-ratelimit-remaining") == "0"
            && long.TryParse(Header(error, "x-ratelimit-reset"), NumberStyles.None, CultureInfo.InvariantCulture, out var reset))
        {
            // One second of slack: GitHub's reset second is inclusive.
            return DateTimeOffset.FromUnixTimeSeconds(reset).AddSeconds(1);
        }

        // A 429 without either header: back off a minute, as GitHub's docs advise.
        return error.StatusCode == HttpStatusCode.TooManyRequests ? now.AddMinutes(1) : null;
    }

    private static string? Header(ApiException error, string name) =>
        error.HttpResponse?.Headers?.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value;
}
