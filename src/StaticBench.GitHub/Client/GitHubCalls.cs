using System.Net;
using Octokit;

namespace StaticBench.GitHub.Client;

/// <summary>
/// What the project needs around each Octokit call, which Octokit does not do: wait out a rate limit until
/// its reset (any call: a rate-limited request was not performed), retry a read that failed on the server's
/// side or timed out, never repeat a write, and turn Octokit's exceptions into <see cref="GitHubApiException"/>
/// naming the request (never the token).
/// </summary>
internal sealed class GitHubCalls(GitHubClientOptions options)
{
    public Task<T> ReadAsync<T>(string request, Func<Task<T>> call, CancellationToken cancel) => RunAsync(request, call, idempotent: true, cancel);

    public Task<T> WriteAsync<T>(string request, Func<Task<T>> call, CancellationToken cancel) => RunAsync(request, call, idempotent: false, cancel);

    private async Task<T> RunAsync<T>(string request, Func<Task<T>> call, bool idempotent, CancellationToken cancel)
    {
        var failures = 0;
        CallCancellation.Current = cancel; // restored when this method returns: async methods keep their caller's context
        while (true)
        {
            cancel.ThrowIfCancellationRequested();
            try
            {
                return await call().ConfigureAwait(false);
            }
            catch (ApiException e) when (RateLimit.RetryAt(e, options.Time.GetUtcNow()) is { } retryAt)
            {
                var now = options.Time.GetUtcNow();
                if (retryAt - now > options.MaxRateLimitWait)
                {
                    throw new GitHubRateLimitException(request, retryAt);
                }

                options.Log?.Invoke($"GitHub rate limit on {request}: waiting {Math.Max(0, (retryAt - now).TotalSeconds):0} s, until {retryAt:O}");
                await Task.Delay(retryAt > now ? retryAt - now : TimeSpan.Zero, options.Time, cancel).ConfigureAwait(false);
            }
            catch (ApiException e) when (idempotent && (int)e.StatusCode >= 500 && ++failures < options.MaxGetAttempts)
            {
                await Task.Delay(Backoff(failures), options.Time, cancel).ConfigureAwait(false);
            }
            catch (ApiException e)
            {
                var message = e.ApiError?.Message ?? e.Message;
                throw new GitHubApiException(e.StatusCode, request, message.Length > 500 ? message[..500] : message);
            }
            catch (Exception e) when (!cancel.IsCancellationRequested && e is HttpRequestException or OperationCanceledException)
            {
                // A connection failure or Octokit's request timeout (which it reports as a cancellation).
                if (idempotent && ++failures < options.MaxGetAttempts)
                {
                    await Task.Delay(Backoff(failures), options.Time, cancel).ConfigureAwait(false);
                    continue;
                }

                throw new GitHubApiException(HttpStatusCode.RequestTimeout, request, e.Message);
            }
        }
    }

    private static TimeSpan Backoff(int failures) => TimeSpan.FromMilliseconds(200 * (1 << Math.Min(failures, 5)));
}
