using System.Globalization;
using System.Net;

namespace StaticBench.GitHub.Client;

/// <summary>
/// Reads GitHub's rate-limit answers: the primary limit (403/429 with <c>x-ratelimit-remaining: 0</c>
/// and <c>x-ratelimit-reset</c>, epoch seconds) and secondary limits (403/429 with <c>retry-after</c>,
/// seconds). A 403 with neither is a permission error, not a limit.
/// </summary>
internal static class RateLimit
{
    /// <summary>When the request may be tried again, or null when the response is not a rate limit.</summary>
    public static DateTimeOffset? RetryAt(HttpResponseMessage response, DateTimeOffset now)
    {
        if (response.StatusCode is not (HttpStatusCode.Forbidden or HttpStatusCode.TooManyRequests))
        {
            return null;
        }

        if (response.Headers.RetryAfter is { } retryAfter)
        {
            return retryAfter.Delta is { } delta ? now + delta : retryAfter.Date;
        }

        if (Header(response, "x-ratelimit-remaining") == "0"
            && long.TryParse(Header(response, "x-ratelimit-reset"), NumberStyles.None, CultureInfo.InvariantCulture, out var reset))
        {
            // One second of slack: GitHub's reset second is inclusive.
            return DateTimeOffset.FromUnixTimeSeconds(reset).AddSeconds(1);
        }

        // A 429 without either header: back off a minute, as GitHub's docs advise.
        return response.StatusCode == HttpStatusCode.TooManyRequests ? now.AddMinutes(1) : null;
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;
}
