using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace StaticBench.Testing.FakeGitHub;

/// <summary>
/// A real HTTP server on 127.0.0.1 standing in for GitHub's REST API: it serves issue comments
/// (paginated, with ETags; bodies over 65,536 characters refused as GitHub does), pull requests, collaborator
/// permissions, reactions and commit statuses from state the test sets up; records every request; and can be told to answer the next
/// matching request with an error, a rate limit or a delay. It speaks GitHub's JSON (snake_case) on its
/// own, independent of the client's models, so a mapping mistake in the client shows up in tests.
/// </summary>
public sealed class FakeGitHubServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly FakeGitHubState _state = new();
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private readonly ConcurrentQueue<Fault> _faults = new();

    private FakeGitHubServer(WebApplication app, Uri baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
    }

    /// <summary>The API base URL to give the client, e.g. <c>http://127.0.0.1:41234/api/v3/</c> (GitHub Enterprise shape).</summary>
    public Uri BaseUrl { get; }

    public FakeGitHubState State => _state;

    public IReadOnlyList<RecordedRequest> Requests => [.. _requests];

    public static async Task<FakeGitHubServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        FakeGitHubServer? server = null;
        app.Run(context => server!.ServeAsync(context));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server = new FakeGitHubServer(app, new Uri(address.TrimEnd('/') + "/api/v3/"));
        return server;
    }

    /// <summary>Answers the next request whose method and path (after <c>/api/v3/</c>) match with <paramref name="fault"/>.</summary>
    public void Inject(Fault fault) => _faults.Enqueue(fault);

    /// <summary>The next matching request gets GitHub's primary rate-limit answer, resetting <paramref name="resetIn"/> from now.</summary>
    public void RateLimitNext(string pathPrefix, TimeSpan resetIn, int status = 403) => Inject(new Fault(
        (_, path) => path.StartsWith(pathPrefix, StringComparison.Ordinal),
        status,
        new Dictionary<string, string>
        {
            ["x-ratelimit-remaining"] = "0",
            ["x-ratelimit-reset"] = DateTimeOffset.UtcNow.Add(resetIn).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture),
        },
        "{\"message\":\"API rate limit exceeded\"}"));

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task ServeAsync(HttpContext context)
    {
        var request = context.Request;
        var body = await new StreamReader(request.Body).ReadToEndAsync();
        var path = request.Path.Value!.StartsWith("/api/v3/", StringComparison.Ordinal) ? request.Path.Value["/api/v3/".Length..] : request.Path.Value.TrimStart('/');
        var (status, headers, answer, delay) = Answer(request.Method, path, request.Query, body, BaseFor(request));
        if (delay > TimeSpan.Zero)
        {
            await Task.Delay(delay, context.RequestAborted);
        }

        var etag = status == 200 && request.Method == "GET" ? $"W/\"{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(answer)))[..16]}\"" : null;
        var ifNoneMatch = request.Headers.IfNoneMatch.ToString();
        if (etag is not null && ifNoneMatch == etag)
        {
            status = 304;
        }

        _requests.Enqueue(new RecordedRequest(request.Method, path, request.QueryString.Value ?? "", request.Headers.Authorization.ToString() is { Length: > 0 } auth ? auth : null, ifNoneMatch.Length > 0 ? ifNoneMatch : null, body, status));
        context.Response.StatusCode = status;
        foreach (var (name, value) in headers)
        {
            context.Response.Headers[name] = value;
        }

        if (etag is not null)
        {
            context.Response.Headers.ETag = etag;
        }

        if (status != 304 && answer.Length > 0)
        {
            context.Response.ContentType = "application/json; charset=utf-8";
            await context.Response.WriteAsync(answer);
        }
    }

    private (int Status, Dictionary<string, string> Headers, string Body, TimeSpan Delay) Answer(string method, string path, IQueryCollection query, string body, string baseUrl)
    {
        var delay = TimeSpan.Zero;
        if (_faults.TryPeek(out var fault) && fault.Matches(method, path) && _faults.TryDequeue(out fault))
        {
            if (fault.Status is { } status)
            {
                return (status, new Dictionary<string, string>(fault.Headers ?? new Dictionary<string, string>()), fault.Body, fault.Delay);
            }

            delay = fault.Delay;
        }

        var (code, headers, json) = FakeGitHubRoutes.Handle(_state, method, path, query, body, baseUrl);
        return (code, headers, json?.ToJsonString() ?? "", delay);
    }

    private static string BaseFor(HttpRequest request) => $"{request.Scheme}://{request.Host}/api/v3/";
}
