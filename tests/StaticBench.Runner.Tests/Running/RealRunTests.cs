using System.Diagnostics;
using StaticBench.Runner.Engines;
using StaticBench.Runner.Processes;
using StaticBench.Runner.Running;
using StaticBench.Runner.Suite;
using StaticBench.Runner.Tests.Support;
using StaticBench.Testing;
using StaticBench.Testing.Engines;

namespace StaticBench.Runner.Tests.Running;

/// <summary>Whole runs on real engines: the bundled suite, wrong answers, time-outs.</summary>
[Trait("Category", "Engine")]
public class RealRunTests
{
    [EngineFact("node")]
    public async Task A_module_that_returns_the_wrong_answer_is_an_error_on_every_engine_never_a_number()
    {
        // Given a module returning 42 whose expected checksum says 43
        using var suite = new TempDirectory();
        WasmModules.Write(suite.Path, "liar.wasm", WasmModules.Returning(42));
        await File.WriteAllTextAsync(suite.Combine("liar.checksum"), "43");

        // When run on V8's optimizing tier and its AOT configuration
        var report = await RealRun.RunAsync(RealRun.Options(suite.Path, suite.Path, "v8-optimizing", "v8-aot"));

        // Then both are errors saying what came back and what was expected, and nothing was measured
        report.Errors.Select(e => e.Engine).ShouldBe(["v8-optimizing", "v8-aot"], ignoreOrder: true);
        report.Errors.ShouldAllBe(e => e.Message == "wrong answer: run() returned 42, expected 43 (from the native build)");
        report.Result.ShouldBeNull();
    }

    [EngineFact("node")]
    public async Task An_infinite_loop_is_killed_at_the_time_limit_and_reported_as_an_error()
    {
        // Given a module whose run() never returns
        using var suite = new TempDirectory();
        WasmModules.Write(suite.Path, "forever.wasm", WasmModules.InfiniteLoop());
        var clock = Stopwatch.StartNew();

        // When run with a two-second limit
        var report = await RealRun.RunAsync(RealRun.Options(suite.Path, suite.Path, "v8-optimizing") with { TimeLimit = TimeSpan.FromSeconds(2) });

        // Then it is reported as timed out, once (the pair is not tried again), and the run moved on quickly
        report.Errors.ShouldHaveSingleItem().Message.ShouldContain("timed out after 2 s");
        report.Result.ShouldBeNull();
        clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(15));
    }

    [EngineFact("wasm-interp")]
    public async Task A_run_that_times_whole_processes_also_records_the_start_up_they_include()
    {
        // Given a module, and wasm-interp, whose phases are whole processes timed from outside
        using var suite = new TempDirectory();
        WasmModules.Write(suite.Path, "answer.wasm", WasmModules.Returning(42));

        // When it runs with two samples
        var report = await RealRun.RunAsync(RealRun.Options(suite.Path, suite.Path, "wasm-interp"));

        // Then an empty program started the same way was measured as many times, on both clocks, as its own series
        var results = report.Result.ShouldNotBeNull().Results;
        var startUp = results.Where(r => r.Benchmark == StartUpReference.Benchmark).ToArray();
        startUp.Select(r => r.Metric).ShouldBe([Metrics.WallTime, Metrics.CpuTime]);
        startUp.ShouldAllBe(r => r.Phase == StartUpReference.Phase && r.Samples.Count == 2 && r.Summary!.Median > 0);
        startUp[0].Engine!.Name.ShouldBe(report.Notes.Any(n => n.Contains("UNSANDBOXED")) ? "unsandboxed" : "sandbox");
        report.Notes.ShouldContain(n => n.StartsWith("process start-up (") && n.Contains("ms wall time"));
        results.Where(r => r.Engine!.Name == "wasm-interp").Select(r => r.Phase).Distinct().ShouldBe([Phases.Parse, Phases.Total]);
    }

    [EngineFact("node", "clang-14", "musl-gcc")]
    public async Task The_bundled_suite_builds_once_and_agrees_between_native_and_v8()
    {
        // Given the bundled sort at a small custom size and an empty cache
        using var cache = new TempDirectory();
        var options = RealRun.Options(RunPlanner.BundledSuite, cache.Path, "v8-optimizing", "native") with
        {
            Suite = null,
            Benchmarks = ["sort"],
            Sizes = [SizeRequest.Parse("2000")],
        };

        // When run
        var report = await RealRun.RunAsync(options);

        // Then V8 gave the native build's answer, and both execute results are there with native's ratio computable
        report.Errors.ShouldBeEmpty();
        var results = report.Result.ShouldNotBeNull().Results;
        results.Where(r => r.Phase == Phases.Execute && r.Metric == Metrics.WallTime).Select(r => r.Engine!.Name).ShouldBe(["v8", "native"]);
        results.ShouldAllBe(r => r.Benchmark == "wasm/sort" && r.Parameters!.Count == 1 && r.Parameters["n"].Canonical == "2000");
        var entry = Directory.GetDirectories(Path.Combine(cache.Path, "wasm")).ShouldHaveSingleItem();
        File.ReadAllText(Path.Combine(entry, "checksum")).ShouldNotBeEmpty();

        // And both engines report cpu-time beside wall time for every phase they timed, positive
        foreach (var wall in results.Where(r => r.Metric == Metrics.WallTime))
        {
            var cpu = results.Single(r => r.Engine!.Name == wall.Engine!.Name && r.Phase == wall.Phase && r.Metric == Metrics.CpuTime);
            cpu.Unit.ShouldBe("ns");
            cpu.Samples.Count.ShouldBe(wall.Samples.Count);
            cpu.Summary!.Median.ShouldBeGreaterThan(0, $"{wall.Engine!.Name} {wall.Phase}");
        }

        // And a single-threaded native phase's CPU time is not far above its wall time (it can only be lower, bar clock reads)
        foreach (var phase in new[] { Phases.ExecuteFirst, Phases.Execute })
        {
            var wall = results.Single(r => r.Engine!.Name == "native" && r.Phase == phase && r.Metric == Metrics.WallTime).Summary!.Median;
            var cpu = results.Single(r => r.Engine!.Name == "native" && r.Phase == phase && r.Metric == Metrics.CpuTime).Summary!.Median;
            cpu.ShouldBeLessThan(wall * 1.1 + 20_000, phase);
        }

        // And a second build of the same sources reuses the cache entry
        var stamp = File.GetLastWriteTimeUtc(Path.Combine(entry, "complete"));
        var toolchain = await Toolchain.FindAsync(ProcessRunner.Trusted);
        var again = await new SuiteBuilder(toolchain, ProcessRunner.Trusted, ProcessRunner.Trusted, cache.Path)
            .BuildAsync(RunPlanner.BundledSuite, [SizeRequest.Parse("2000")], name => name == "sort");
        again.Cases.ShouldHaveSingleItem().Wasm.ShouldStartWith(entry);
        File.GetLastWriteTimeUtc(Path.Combine(entry, "complete")).ShouldBe(stamp);
    }

    [EngineFact("clang-14", "musl-gcc")]
    public async Task Every_bundled_program_builds_without_imports_and_its_native_build_returns_a_checksum()
    {
        using var cache = new TempDirectory();
        var toolchain = await Toolchain.FindAsync(ProcessRunner.Trusted);

        var suite = await new SuiteBuilder(toolchain, ProcessRunner.Trusted, ProcessRunner.Trusted, cache.Path)
            .BuildAsync(RunPlanner.BundledSuite, [SizeRequest.Parse("small")], _ => true);

        suite.Cases.Select(c => c.Benchmark).ShouldBe(["wasm/sort", "wasm/hash", "wasm/parser", "wasm/matrix", "wasm/compress"]);
        suite.Cases.ShouldAllBe(c => c.ExpectedChecksum != null && c.ExpectedChecksum != -1 && c.Native != null);
        // A module with no import section: the bytes after the header never hold section id 2 at top level.
        suite.Cases.ShouldAllBe(c => !HasImportSection(File.ReadAllBytes(c.Wasm)));
    }

    private static bool HasImportSection(byte[] wasm)
    {
        var at = 8;
        while (at < wasm.Length)
        {
            var id = wasm[at++];
            var (size, read) = Leb128(wasm, at);
            if (id == 2)
            {
                return true;
            }

            at += read + (int)size;
        }

        return false;
    }

    private static (uint Value, int Read) Leb128(byte[] bytes, int at)
    {
        uint value = 0;
        var shift = 0;
        var read = 0;
        byte b;
        do
        {
            b = bytes[at + read++];
            value |= (uint)(b & 0x7f) << shift;
            shift += 7;
        }
        while ((b & 0x80) != 0);
        return (value, read);
    }
}
