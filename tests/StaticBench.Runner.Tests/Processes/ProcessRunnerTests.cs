using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using StaticBench.Runner.Processes;
using StaticBench.Runner.Tests.Support;
using StaticBench.Testing;
using StaticBench.Testing.Engines;

namespace StaticBench.Runner.Tests.Processes;

/// <summary>The sandbox and limits against real processes: what untrusted code must not be able to do.</summary>
[Trait("Category", "Engine")]
public class ProcessRunnerTests
{
    [EngineFact("node", "bwrap")]
    public async Task A_sandboxed_program_cannot_reach_the_network_nor_write_outside_its_folder_but_can_write_inside()
    {
        // Given a listener on this machine's loopback, a folder outside the sandbox, and a hostile script
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        using var work = new TempDirectory();
        // Outside: a folder on the real file system, never under /tmp (the sandbox's /tmp is its own, empty),
        // so that inside it is visible and read-only. The test's own output may live under /tmp (CI clones).
        var outside = Directory.CreateDirectory(Path.Combine("/var/tmp", $"staticbench-outside-{Guid.NewGuid():N}")).FullName;
        var script = Path.Combine(work.Path, "hostile.js");
        await File.WriteAllTextAsync(script, $$"""
            const fs = require('fs');
            const net = require('net');
            const attempt = (name, f) => { try { f(); console.log(name + ' ok'); } catch (e) { console.log(name + ' failed ' + e.code); } };
            attempt('write-outside', () => fs.writeFileSync({{System.Text.Json.JsonSerializer.Serialize(Path.Combine(outside, "stolen"))}}, 'x'));
            attempt('write-etc', () => fs.writeFileSync('/etc/staticbench-was-here', 'x'));
            attempt('write-inside', () => fs.writeFileSync('inside.txt', 'x'));
            const socket = net.connect({{port}}, '127.0.0.1');
            socket.on('connect', () => { console.log('network ok'); process.exit(0); });
            socket.on('error', e => { console.log('network failed ' + e.code); process.exit(0); });
            """);
        var policy = await SandboxDetector.DetectAsync();
        policy.IsSandboxed.ShouldBeTrue(policy.Note);

        // When it runs in the sandbox
        var outcome = await new ProcessRunner(policy).RunAsync(new ProcessSpec(ExecutableFinder.Find("node")!, [script], work.Path, TimeSpan.FromSeconds(20)));

        // Then every escape failed, and the one allowed write happened
        outcome.Stdout.ShouldContain("write-outside failed EROFS", Case.Sensitive, outcome.Stdout);
        outcome.Stdout.ShouldContain("write-etc failed EROFS");
        outcome.Stdout.ShouldContain("write-inside ok");
        outcome.Stdout.ShouldContain("network failed");
        File.Exists(Path.Combine(outside, "stolen")).ShouldBeFalse();
        File.Exists(Path.Combine(work.Path, "inside.txt")).ShouldBeTrue();
        listener.Pending().ShouldBeFalse("nothing may connect from inside the sandbox");
        Directory.Delete(outside, recursive: true);
    }

    [EngineFact("node")]
    public async Task The_environment_holds_no_secrets_of_the_runner()
    {
        // Given a secret in the runner's own environment
        Environment.SetEnvironmentVariable("STATICBENCH_TEST_TOKEN", "ghp_secret");
        using var work = new TempDirectory();

        // When a program prints its environment
        var outcome = await ProcessRunner.Trusted.RunAsync(new ProcessSpec(ExecutableFinder.Find("node")!, ["-p", "JSON.stringify(process.env)"], work.Path, TimeSpan.FromSeconds(20)));

        // Then only the minimal variables are there
        outcome.Stdout.ShouldNotContain("ghp_secret");
        outcome.Stdout.ShouldContain("\"HOME\":\"/tmp\"");
    }

    [EngineFact("sleep")]
    public async Task A_process_past_its_time_limit_is_killed_and_reported_as_timed_out()
    {
        using var work = new TempDirectory();
        var clock = Stopwatch.StartNew();

        var outcome = await ProcessRunner.Trusted.RunAsync(new ProcessSpec(ExecutableFinder.Find("sleep")!, ["30"], work.Path, TimeSpan.FromMilliseconds(500)));

        outcome.TimedOut.ShouldBeTrue();
        outcome.Succeeded.ShouldBeFalse();
        clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(10));
    }

    [EngineFact("bwrap", "sleep")]
    public async Task A_sandboxed_process_outlives_the_thread_that_started_it()
    {
        // Given a thread that starts a sandboxed process, then ends while it runs
        // (bwrap --die-with-parent kills the sandbox when the thread that forked it ends: a retired pool thread did)
        var runner = new ProcessRunner(await SandboxDetector.DetectAsync());
        using var work = new TempDirectory();
        Task<ProcessOutcome>? running = null;
        var thread = new Thread(() =>
        {
            running = runner.RunAsync(new ProcessSpec(ExecutableFinder.Find("sleep")!, ["1"], work.Path, TimeSpan.FromSeconds(10)));
            Thread.Sleep(300); // long enough for bwrap to have armed its death signal
        });

        // When the thread has ended
        thread.Start();
        thread.Join();
        var outcome = await running!;

        // Then the process ran to its end
        outcome.ExitCode.ShouldBe(0, outcome.Stderr);
        outcome.Elapsed.ShouldBeGreaterThanOrEqualTo(TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task Arguments_reach_the_program_one_by_one_never_through_a_shell()
    {
        using var work = new TempDirectory();
        var echo = ExecutableFinder.Find("echo")!;

        var outcome = await ProcessRunner.Trusted.RunAsync(new ProcessSpec(echo, ["a b", "$(touch pwned)", ";", "*"], work.Path, TimeSpan.FromSeconds(10)));

        outcome.Stdout.ShouldBe("a b $(touch pwned) ; *\n");
        File.Exists(Path.Combine(work.Path, "pwned")).ShouldBeFalse();
    }

    [Fact]
    public async Task A_program_that_cannot_start_is_an_outcome_with_exit_127_not_an_exception()
    {
        using var work = new TempDirectory();

        var outcome = await ProcessRunner.Trusted.RunAsync(new ProcessSpec(work.Combine("no-such-engine"), [], work.Path, TimeSpan.FromSeconds(5)));

        outcome.ExitCode.ShouldBe(127);
        outcome.Stderr.ShouldContain("cannot start");
    }
}
