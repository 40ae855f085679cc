using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace StaticBench.GitHub.Client;

/// <summary>
/// The HTTP side of the client: authentication, conditional GETs (ETag: a 304 answer costs no rate
/// limit and returns what we saw before), waiting out rate limits until their reset, retrying GETs
/// that failed on the server's side, and following <c>Link: rel="next"</c> pages. Requests never
/// leave the configured API host, so the token is never sent anywhere else.
/// </summary>
internal sealed class GitHubConnection(HttpClient http, GitHubClientOptions options)
{
    private const int MaxCachedEtags = 2048;
    private readonly ConcurrentDictionary<Uri, (string ETag, byte[] Body)> _etags = new();

    public async Task<T> GetAsync<T>(string path, JsonTypeInfo<T> type, CancellationToken cancel) =>
        Deserialize(await GetBytesAsync(Resolve(path), cancel).ConfigureAwait(false), type);

    /// <summary>Every item of every page of a list endpoint.</summary>
    public async Task<List<T>> GetAllPagesAsync<T>(string path, JsonTypeInfo<List<T>> type, CancellationToken cancel)
    {
        var items = new List<T>();
        Uri? next = Resolve(path);
        while (next is not null)
        {
            var (body, following) = await GetPageAsync(next, cancel).ConfigureAwait(false);
            items.AddRange(Deserialize(body, type));
            next = following;
        }

        return items;
    }

    public async Task<TResult> SendAsync<TBody, TResult>(HttpMethod method, string path, TBody body, JsonTypeInfo<TBody> bodyType, JsonTypeInfo<TResult> resultType, CancellationToken cancel)
    {
        var payload = JsonSerializer.SerializeToUtf8Bytes(body, bodyType);
        using var response = await SendWithRateLimitAsync(
            () => new HttpRequestMessage(method, Resolve(path)) { Content = Json(payload) }, idempotent: false, cancel).ConfigureAwait(false);
        return Deserialize(await ReadSuccessAsync(response, cancel).ConfigureAwait(false), resultType);
    }

    private async Task<byte[]> GetBytesAsync(Uri url, CancellationToken cancel) => (await GetPageAsync(url, cancel).ConfigureAwait(false)).Body;

    private async Task<(byte[] Body, Uri? Next)> GetPageAsync(Uri url, CancellationToken cancel)
    {
        EnsureSameHost(url);
        _etags.TryGetValue(url, out var cached);
        using var response = await SendWithRateLimitAsync(
            () =>
            {
                var request = new HttpRequestMessage(HttpMethod.Get, url);
                if (cached.ETag is not null)
                {
                    request.Headers.TryAddWithoutValidation("If-None-Match", cached.ETag);
                }

                return request;
            },
            idempotent: true,
            cancel).ConfigureAwait(false);

        if (response.StatusCode == HttpStatusCode.NotModified && cached.Body is not null)
        {
            return (cached.Body, LinkHeader.Next(response));
        }

        var body = await ReadSuccessAsync(response, cancel).ConfigureAwait(false);
        if (response.Headers.ETag is { } etag)
        {
            if (_etags.Count >= MaxCachedEtags)
            {
                _etags.Clear(); // a crude bound: the cache only saves requests, it is never needed for correctness
            }

            _etags[url] = (etag.ToString(), body);
        }

        return (body, LinkHeader.Next(response));
    }

    private async Task<HttpResponseMessage> SendWithRateLimitAsync(Func<HttpRequestMessage> create, bool idempotent, CancellationToken cancel)
    {
        var failures = 0;
        while (true)
        {
            using var request = create();
            Authorize(request);
            HttpResponseMessage response;
            try
            {
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancel);
                timeout.CancelAfter(options.RequestTimeout);
                response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, timeout.Token).ConfigureAwait(false);
            }
            catch (Exception e) when (idempotent && ++failures < options.MaxGetAttempts && !cancel.IsCancellationRequested
                                      && e is HttpRequestException or OperationCanceledException)
            {
                await Task.Delay(Backoff(failures), options.Time, cancel).ConfigureAwait(false);
                continue;
            }

            var now = options.Time.GetUtcNow();
            if (RateLimit.RetryAt(response, now) is { } retryAt)
            {
                response.Dispose();
                if (retryAt - now > options.MaxRateLimitWait)
                {
                    throw new GitHubRateLimitException(Describe(request), retryAt);
                }

                options.Log?.Invoke($"GitHub rate limit on {Describe(request)}: waiting {(retryAt - now).TotalSeconds:0} s, until {retryAt:O}");
                await Task.Delay(retryAt > now ? retryAt - now : TimeSpan.Zero, options.Time, cancel).ConfigureAwait(false);
                continue;
            }

            if (idempotent && (int)response.StatusCode >= 500 && ++failures < options.MaxGetAttempts)
            {
                response.Dispose();
                await Task.Delay(Backoff(failures), options.Time, cancel).ConfigureAwait(false);
                continue;
            }

            return response;
        }
    }

    private static async Task<byte[]> ReadSuccessAsync(HttpResponseMessage response, CancellationToken cancel)
    {
        var body = await response.Content.ReadAsByteArrayAsync(cancel).ConfigureAwait(false);
        if (response.IsSuccessStatusCode)
        {
            return body;
        }

        var message = System.Text.Encoding.UTF8.GetString(body);
        throw new GitHubApiException(response.StatusCode, Describe(response.RequestMessage), message.Length > 500 ? message[..500] : message);
    }

    private void Authorize(HttpRequestMessage request)
    {
        request.Headers.UserAgent.ParseAdd(options.UserAgent);
        request.Headers.Accept.ParseAdd("application/vnd.github+json");
        request.Headers.TryAddWithoutValidation("X-GitHub-Api-Version", "2022-11-28");
        if (options.Token is { Length: > 0 } token)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
    }

    private Uri Resolve(string path) => new(options.BaseUrl, path);

    private void EnsureSameHost(Uri url)
    {
        if (Uri.Compare(url, options.BaseUrl, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) != 0)
        {
            throw new GitHubApiException(HttpStatusCode.BadRequest, $"GET {url.AbsolutePath}", $"refusing to follow a link to {url.Host}, outside {options.BaseUrl.Host}");
        }
    }

    private static ByteArrayContent Json(byte[] payload)
    {
        var content = new ByteArrayContent(payload);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        return content;
    }

    private static T Deserialize<T>(byte[] body, JsonTypeInfo<T> type) =>
        JsonSerializer.Deserialize(body, type) ?? throw new JsonException($"GitHub answered null where {typeof(T).Name} was expected");

    private static string Describe(HttpRequestMessage? request) => request is null ? "request" : $"{request.Method} {request.RequestUri?.AbsolutePath}";

    private static TimeSpan Backoff(int failures) => TimeSpan.FromMilliseconds(200 * (1 << Math.Min(failures, 5)));
}
