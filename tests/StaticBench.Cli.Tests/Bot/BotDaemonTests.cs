using System.Text.Json.Nodes;
using StaticBench.Bot.Config;
using StaticBench.Bot.Queue;
using StaticBench.Bot.Requests;
using StaticBench.Bot.Running;
using StaticBench.Bot;
using StaticBench.Cli.Commands;
using StaticBench.Testing.FakeGitHub;
using StaticBench.Testing;

namespace StaticBench.Cli.Tests.Bot;

/// <summary><c>staticbench bot</c> without <c>--once</c>: it polls on its interval, outlives a failed poll, and stops cleanly when cancelled (SIGTERM / Ctrl+C).</summary>
[Collection(nameof(Comparing.EnvironmentVariables))]
public class BotDaemonTests : IAsyncDisposable
{
    private readonly TempDirectory _dir = new();
    private FakeGitHubServer? _github;

    public async ValueTask DisposeAsync()
    {
        if (_github is not null)
        {
            await _github.DisposeAsync();
        }

        _dir.Dispose();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task The_bot_keeps_polling_after_a_failed_poll_and_stops_cleanly_when_cancelled()
    {
        // Given GitHub refusing the bot's first request, and a bot that polls every second
        _github = await FakeGitHubServer.StartAsync();
        _github.Inject(new Fault((_, path) => path.StartsWith("repos/example/engine/", StringComparison.Ordinal), 401, Body: "{\"message\":\"Bad credentials\"}"));
        var config = _dir.Combine("bot.json");
        File.WriteAllText(config, new JsonObject
        {
            ["repositories"] = new JsonArray("example/engine"),
            ["machine"] = "x86-bench-1",
            ["botLogin"] = "staticbench-bot",
            ["apiUrl"] = _github.BaseUrl.AbsoluteUri,
            ["allowList"] = new JsonObject { ["logins"] = new JsonArray("alice") },
            ["stateFile"] = "state.json",
            ["pollSeconds"] = 1,
            ["data"] = new JsonObject { ["location"] = "data.git" },
            ["engines"] = new JsonArray(new JsonObject
            {
                ["name"] = "mine",
                ["commands"] = new JsonObject { ["run"] = new JsonArray("{checkout}/bin/engine", "{wasm}") },
                ["checksum"] = "(\\d+)",
            }),
        }.ToJsonString());
        var error = new StringWriter();
        using var stop = new CancellationTokenSource();
        var saved = Environment.GetEnvironmentVariable("STATICBENCH_GITHUB_TOKEN");
        Environment.SetEnvironmentVariable("STATICBENCH_GITHUB_TOKEN", "daemon-test-token");
        try
        {
            // When it runs as a daemon until three polls have reached GitHub, then is cancelled
            var bot = BotCommand.RunAsync(new CliContext(TextWriter.Null, error), config, once: false, stop.Token);
            var deadline = DateTime.UtcNow.AddSeconds(30);
            while (Polls() < 3 && DateTime.UtcNow < deadline && !bot.IsCompleted)
            {
                await Task.Delay(100);
            }

            stop.Cancel();
            var exit = await bot.WaitAsync(TimeSpan.FromSeconds(10));

            // Then the failed poll was reported and retried, and the bot stopped cleanly, keeping its queue
            exit.ShouldBe(0, error.ToString());
            Polls().ShouldBeGreaterThanOrEqualTo(3);
            error.ToString().ShouldContain("bot: this poll failed, retrying in 1 s");
            error.ToString().ShouldContain("bot: stopped; unfinished requests stay queued in the state file");
        }
        finally
        {
            Environment.SetEnvironmentVariable("STATICBENCH_GITHUB_TOKEN", saved);
        }
    }

    /// <summary>Polls that reached GitHub: each lists the repository's comments once (the first one refused).</summary>
    private int Polls() => _github!.Requests.Count(r => r.Method == "GET" && r.Path.StartsWith("repos/example/engine/", StringComparison.Ordinal) && r.Path.Contains("comments", StringComparison.Ordinal));
}
