using StaticBench.Testing.Engines;
using StaticBench.Runner.Engines;
using StaticBench.Runner.Engines.WasmInterp;
using StaticBench.Runner.Processes;
using StaticBench.Runner.Suite;
using StaticBench.Testing;

namespace StaticBench.Runner.Tests.Engines.WasmInterp;

public class WasmInterpEngineTests
{
    private static readonly BenchmarkCase Case = new("test/loop", "tiny", null, "/suite/loop.wasm", null, null);

    private static EngineStep RunStep(string export = "run") =>
        new("run", new ProcessSpec("/usr/bin/wasm-interp", ["/suite/loop.wasm", "--run-all-exports"], "/tmp", TimeSpan.FromSeconds(5))
        {
            Environment = new Dictionary<string, string> { ["STATICBENCH_EXPORT"] = export },
        });

    [Fact]
    public void Reads_the_unsigned_result_line_as_a_signed_checksum_and_the_process_time_as_total()
    {
        var outcome = new ProcessOutcome(0, "other() => i32:1\nrun() => i32:4294967291\n", "", TimeSpan.FromMilliseconds(12), false);

        var reading = new WasmInterpEngine().Read(RunStep(), outcome);

        reading.Error.ShouldBeNull();
        reading.Checksum.ShouldBe(-5);
        reading.Value(Phases.Total).ShouldBe(12_000_000, tolerance: 1);
    }

    [Fact]
    public void A_missing_result_line_or_a_failed_process_is_an_error_not_a_number()
    {
        var engine = new WasmInterpEngine();
        engine.Read(RunStep(), new ProcessOutcome(0, "main() => i32:3\n", "", TimeSpan.FromMilliseconds(1), false))
            .Error!.ShouldContain("no \"run() => i32:N\" line");
        engine.Read(RunStep(), new ProcessOutcome(1, "", "error initializing module: invalid import \"env.f\"", TimeSpan.FromMilliseconds(1), false))
            .Error!.ShouldContain("invalid import");
        engine.Read(RunStep(), new ProcessOutcome(0, "run() => i32:1\n", "", TimeSpan.FromSeconds(5), true))
            .Error!.ShouldContain("timed out");
    }

    [Fact]
    public void Plans_a_parse_only_process_only_when_parse_is_asked_for()
    {
        var engine = new WasmInterpEngine();
        var probe = EngineProbe.Installed(new() { Name = "wasm-interp" }, "/usr/bin/wasm-interp");
        SampleRequest Request(params string[] phases) => new(Case, phases.ToHashSet(), "/tmp/s", TimeSpan.FromSeconds(9), ExecutePolicy.Default);

        engine.Plan(probe, Request(Phases.Total)).Steps.Select(s => s.Name).ShouldBe(["run"]);
        var both = engine.Plan(probe, Request(Phases.Parse, Phases.Total)).Steps;
        both.Select(s => s.Name).ShouldBe(["parse", "run"]);
        both[0].Process.Arguments.ShouldBe(["/suite/loop.wasm"]);
        both[1].Process.Arguments.ShouldBe(["/suite/loop.wasm", "--run-all-exports"]);
        both.ShouldAllBe(s => s.Process.MeasureCpuTime, "both are whole processes: the runner measures their CPU time");
    }

    [EngineFact("wasm-interp", "wat2wasm")]
    public async Task Runs_a_module_in_the_real_interpreter()
    {
        var engine = new WasmInterpEngine();
        var probe = await engine.ProbeAsync(ProcessRunner.Trusted);
        probe.Missing.ShouldBeNull();
        using var temp = new TempDirectory();
        var benchmark = await EngineHarness.CaseAsync(temp, EngineHarness.LoopWat(1000));

        var reading = await EngineHarness.SampleAsync(engine, probe, EngineHarness.Request(benchmark, temp, [Phases.Parse, Phases.Total]));

        reading.Error.ShouldBeNull();
        reading.Checksum.ShouldBe(EngineHarness.LoopChecksum(1000));
        reading.Value(Phases.Parse).ShouldBeGreaterThan(0);
        reading.Value(Phases.Total).ShouldBeGreaterThan(0);
        foreach (var phase in new[] { Phases.Parse, Phases.Total })
        {
            // One thread in each process of the tree, one process at a time: CPU time is positive and below the wall time
            reading.Value(phase, Metrics.CpuTime).ShouldBeInRange(1, reading.Value(phase), phase);
        }

        probe.Info.Version!.ShouldStartWith("wabt ");
    }
}
