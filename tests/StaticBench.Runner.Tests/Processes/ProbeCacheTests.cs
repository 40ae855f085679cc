using System.Collections.Concurrent;
using StaticBench.Runner.Engines;
using StaticBench.Runner.Processes;
using StaticBench.Runner.Running;
using StaticBench.Runner.Tests.Support;
using StaticBench.Testing;
using StaticBench.Testing.Engines;

namespace StaticBench.Runner.Tests.Processes;

public class ProbeCacheTests
{
    private static ProcessSpec Probe(string program, params string[] arguments) => new(program, arguments, "/tmp", TimeSpan.FromSeconds(5));

    [Fact]
    public async Task A_command_asked_for_many_times_at_once_runs_once_and_other_arguments_are_another_command()
    {
        // Given a cache over a runner that counts what it starts, slowly enough for callers to overlap
        var counting = new RecordingRunner(answer: "gcc 12.2.0", delay: TimeSpan.FromMilliseconds(50));
        var probes = new ProbeCache(counting);

        // When twenty callers ask for musl-gcc's version at once, and one asks for clang's
        var answers = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => probes.RunAsync(Probe("/usr/bin/musl-gcc", "-dumpfullversion")))));
        await probes.RunAsync(Probe("/usr/bin/clang-14", "--version"));

        // Then musl-gcc ran once and everyone got its answer; clang ran too
        counting.Started.ShouldBe(["/usr/bin/musl-gcc -dumpfullversion", "/usr/bin/clang-14 --version"], ignoreOrder: true);
        answers.ShouldAllBe(a => a.Stdout == "gcc 12.2.0");
    }

    [Fact]
    public async Task Each_cache_is_its_own_so_a_new_run_asks_again()
    {
        var counting = new RecordingRunner(answer: "v20.20.2");

        await new ProbeCache(counting).RunAsync(Probe("/usr/bin/node", "--version"));
        await new ProbeCache(counting).RunAsync(Probe("/usr/bin/node", "--version"));

        counting.Started.Count.ShouldBe(2);
    }

    [Fact]
    public async Task A_caller_that_shared_a_probe_another_caller_cancelled_still_gets_its_answer()
    {
        // Given a slow probe started by a caller who then gives up
        var counting = new RecordingRunner(answer: "v20.20.2", delay: TimeSpan.FromMilliseconds(300));
        var probes = new ProbeCache(counting);
        using var impatient = new CancellationTokenSource();
        var first = probes.RunAsync(Probe("/usr/bin/node", "--version"), impatient.Token);
        var second = probes.RunAsync(Probe("/usr/bin/node", "--version"));

        // When the first caller cancels while the second is waiting on the same run
        await impatient.CancelAsync();

        // Then the first sees its cancellation, and the second gets the answer from a run of its own
        await Should.ThrowAsync<OperationCanceledException>(() => first);
        (await second).Stdout.ShouldBe("v20.20.2");
        counting.Started.Count.ShouldBe(2);
    }

    [EngineFact("node", "musl-gcc", "wasm-interp", "wasm2js")]
    [Trait("Category", "Engine")]
    public async Task A_real_run_starts_each_version_probe_once()
    {
        // Given a module, and the trusted runner (probes) recording what it starts
        using var suite = new TempDirectory();
        WasmModules.Write(suite.Path, "answer.wasm", WasmModules.Returning(42));
        var tools = new RecordingRunner(inner: ProcessRunner.Trusted);
        var sandbox = new ProcessRunner(await SandboxDetector.DetectAsync());

        // When the four V8 configurations, wasm2js (node too), wasm-interp and native run it, and the machine is described
        var options = RealRun.Options(suite.Path, suite.Path, "v8", "wasm2js", "wasm-interp", "native") with { Samples = 1 };
        var report = await new BenchmarkRun(EngineRegistry.Default, tools, sandbox).RunAsync(options);

        // Then node was asked for its versions once for five engines, and musl-gcc once for native and the machine
        report.Errors.ShouldBeEmpty();
        report.Result.ShouldNotBeNull().Run.Machine.Tools!.Keys.ShouldContain("musl-gcc");
        tools.Started.Count(c => c.EndsWith("-p process.versions.v8 + ' ' + process.versions.node", StringComparison.Ordinal)).ShouldBe(1);
        tools.Started.Count(c => c.EndsWith("musl-gcc -dumpfullversion", StringComparison.Ordinal)).ShouldBe(1);
        tools.Started.ShouldBeUnique();
    }

    /// <summary>Records each command it starts; answers <c>answer</c> itself, or passes the command on to <c>inner</c>.</summary>
    private sealed class RecordingRunner(string answer = "", TimeSpan delay = default, IProcessRunner? inner = null) : IProcessRunner
    {
        private readonly ConcurrentQueue<string> started = new();

        public IReadOnlyList<string> Started => [.. started];

        public bool Sandboxed => false;

        public async Task<ProcessOutcome> RunAsync(ProcessSpec spec, CancellationToken cancellationToken = default)
        {
            started.Enqueue(string.Join(' ', spec.Arguments.Prepend(spec.Program)));
            if (inner is not null)
            {
                return await inner.RunAsync(spec, cancellationToken);
            }

            await Task.Delay(delay, cancellationToken);
            return new ProcessOutcome(0, answer, "", delay, false);
        }
    }
}
