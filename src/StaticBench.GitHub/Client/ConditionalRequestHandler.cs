using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;

namespace StaticBench.GitHub.Client;

/// <summary>
/// Under Octokit, on the wire: conditional GETs and the host fence. Octokit sends no <c>If-None-Match</c>,
/// and its <c>GetAll</c> methods turn a 304 into an empty list (indistinguishable from "no comments"), so this
/// handler remembers each GET's ETag, body and <c>Link</c> header, asks conditionally, and answers a 304 with
/// the remembered 200 (a 304 costs no rate limit). It also refuses any request outside the API host, so a
/// <c>Link</c> header pointing elsewhere can never carry the token away. Every request is sent, and its body
/// read, under the caller's cancellation (<see cref="CallCancellation"/>) as well as Octokit's timeout.
/// </summary>
internal sealed class ConditionalRequestHandler(Uri baseUrl) : DelegatingHandler(new HttpClientHandler())
{
    private const int MaxCached = 2048;
    private readonly ConcurrentDictionary<Uri, Cached> _cache = new();

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        // Octokit's token carries only its request timeout; the caller's comes through CallCancellation.
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, CallCancellation.Current);
        var response = await SendOnceAsync(request, linked.Token).ConfigureAwait(false);

        // Read the body here too, under the caller's token: HttpClient above would read it under Octokit's alone.
        try
        {
            await response.Content.LoadIntoBufferAsync(linked.Token).ConfigureAwait(false);
            return response;
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }

    private async Task<HttpResponseMessage> SendOnceAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.RequestUri is not { } url
            || Uri.Compare(url, baseUrl, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) != 0)
        {
            throw new HttpRequestException($"refusing to send a request to {request.RequestUri?.Host}, outside {baseUrl.Host}");
        }

        if (request.Method != HttpMethod.Get)
        {
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }

        _cache.TryGetValue(url, out var cached);
        if (cached is not null)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", cached.ETag);
        }

        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.NotModified && cached is not null)
        {
            response.Dispose();
            return cached.Replay(request);
        }

        if (response.IsSuccessStatusCode && response.Headers.ETag is { } etag)
        {
            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            if (_cache.Count >= MaxCached)
            {
                _cache.Clear(); // a crude bound: the cache only saves requests, it is never needed for correctness
            }

            var entry = new Cached(etag.ToString(), body, response.Content.Headers.ContentType, response.Headers.TryGetValues("Link", out var link) ? string.Join(",", link) : null);
            _cache[url] = entry;
            response.Dispose();
            return entry.Replay(request);
        }

        return response;
    }

    private sealed record Cached(string ETag, byte[] Body, MediaTypeHeaderValue? ContentType, string? Link)
    {
        public HttpResponseMessage Replay(HttpRequestMessage request)
        {
            var response = new HttpResponseMessage(HttpStatusCode.OK) { RequestMessage = request, Content = new ByteArrayContent(Body) };
            response.Content.Headers.ContentType = ContentType;
            response.Headers.TryAddWithoutValidation("ETag", ETag);
            if (Link is not null)
            {
                response.Headers.TryAddWithoutValidation("Link", Link);
            }

            return response;
        }
    }
}
