using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace StaticBench.Testing;

/// <summary>
/// A real smart-HTTP git remote on 127.0.0.1: Kestrel handing every request to git's CGI program
/// <c>git-http-backend</c>, which serves the bare repositories under <see cref="ProjectRoot"/>
/// (push needs <c>http.receivepack=true</c>, see <see cref="DataRepositories.InitBare"/>). It lets tests
/// exercise the remote path (push status errors, concurrent pushers) without the internet.
/// </summary>
public sealed class GitHttpServer : IAsyncDisposable
{
    private const string Backend = "/usr/lib/git-core/git-http-backend";
    private readonly WebApplication _app;

    private GitHttpServer(WebApplication app, string projectRoot, string baseUrl)
    {
        _app = app;
        ProjectRoot = projectRoot;
        BaseUrl = baseUrl;
    }

    public string ProjectRoot { get; }

    /// <summary>e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public string BaseUrl { get; }

    public static async Task<GitHttpServer> StartAsync(string projectRoot)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        app.Run(context => ServeAsync(context, projectRoot));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new GitHttpServer(app, projectRoot, address.TrimEnd('/'));
    }

    /// <summary>The URL of repository folder <paramref name="name"/> under <see cref="ProjectRoot"/>.</summary>
    public string UrlOf(string name) => $"{BaseUrl}/{name}";

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static async Task ServeAsync(HttpContext context, string projectRoot)
    {
        var request = context.Request;
        var start = new ProcessStartInfo(Backend)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["GIT_PROJECT_ROOT"] = projectRoot;
        start.Environment["GIT_HTTP_EXPORT_ALL"] = "1";
        start.Environment["GATEWAY_INTERFACE"] = "CGI/1.1";
        start.Environment["SERVER_PROTOCOL"] = "HTTP/1.1";
        start.Environment["REMOTE_ADDR"] = "127.0.0.1";
        start.Environment["REQUEST_METHOD"] = request.Method;
        start.Environment["PATH_INFO"] = request.Path.Value ?? "/";
        start.Environment["QUERY_STRING"] = request.QueryString.HasValue ? request.QueryString.Value![1..] : "";
        start.Environment["CONTENT_TYPE"] = request.ContentType ?? "";
        start.Environment["HTTP_CONTENT_ENCODING"] = request.Headers.ContentEncoding.ToString();
        if (request.ContentLength is { } length)
        {
            start.Environment["CONTENT_LENGTH"] = length.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        using var process = Process.Start(start)!;
        var feedBody = Task.Run(async () =>
        {
            await request.Body.CopyToAsync(process.StandardInput.BaseStream);
            process.StandardInput.Close();
        });
        var drainErrors = process.StandardError.ReadToEndAsync();
        using var output = new MemoryStream();
        await process.StandardOutput.BaseStream.CopyToAsync(output);
        await feedBody;
        await drainErrors;
        await process.WaitForExitAsync();
        await WriteCgiResponseAsync(context.Response, output.ToArray());
    }

    /// <summary>Splits CGI output into headers (<c>Status:</c> becomes the status code) and body.</summary>
    private static async Task WriteCgiResponseAsync(HttpResponse response, byte[] output)
    {
        var span = output.AsSpan();
        var split = span.IndexOf("\r\n\r\n"u8);
        var separatorLength = 4;
        var lf = span.IndexOf("\n\n"u8);
        if (split < 0 || (lf >= 0 && lf < split))
        {
            split = lf;
            separatorLength = 2;
        }

        if (split < 0)
        {
            response.StatusCode = 502;
            return;
        }

        var headers = System.Text.Encoding.ASCII.GetString(output, 0, split).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        foreach (var line in headers.Select(h => h.TrimEnd('\r')))
        {
            var colon = line.IndexOf(':');
            var (name, value) = (line[..colon].Trim(), line[(colon + 1)..].Trim());
            if (name.Equals("Status", StringComparison.OrdinalIgnoreCase))
            {
                response.StatusCode = int.Parse(value.Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
            }
            else
            {
                response.Headers.Append(name, value);
            }
        }

        var bodyStart = split + separatorLength;
        await response.Body.WriteAsync(output.AsMemory(bodyStart));
    }
}
