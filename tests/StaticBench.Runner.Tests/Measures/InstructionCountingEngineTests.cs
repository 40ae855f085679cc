using StaticBench.Testing.Engines;
using StaticBench.Runner.Engines;
using StaticBench.Runner.Engines.Cranelift;
using StaticBench.Runner.Engines.Native;
using StaticBench.Runner.Engines.V8;
using StaticBench.Runner.Engines.WasmInterp;
using StaticBench.Runner.Measures.Instructions;
using StaticBench.Runner.Processes;
using StaticBench.Runner.Suite;
using StaticBench.Testing;

namespace StaticBench.Runner.Tests.Measures;

public class InstructionCountingEngineTests
{
    private static readonly BenchmarkCase Case = new("test/loop", "tiny", null, "/suite/loop.wasm", "/suite/loop", null);

    private static SampleRequest Request(params string[] phases) => new(Case, phases.ToHashSet(), "/tmp/s", TimeSpan.FromSeconds(10), ExecutePolicy.Default);

    private static async Task<(IEngine Engine, EngineProbe Probe)> ProbedAsync(IEngine inner)
    {
        var (engine, refused) = InstructionCountingEngine.Wrap(inner);
        refused.ShouldBeNull();
        return (engine!, await engine!.ProbeAsync(ProcessRunner.Trusted));
    }

    [EngineFact("valgrind", "node")]
    public async Task V8_optimizing_runs_its_process_once_per_counted_phase_with_the_toggles_and_no_steady_calls()
    {
        var (engine, probe) = await ProbedAsync(new V8Engine(V8Config.Optimizing));

        var steps = engine.Plan(probe, Request(Phases.Compile, Phases.Execute)).Steps;

        steps.Select(s => s.Name).ShouldBe(["jit|compile", "jit|execute"]);
        steps[0].Process.Arguments.ShouldContain(a => a.EndsWith("valgrind"));
        steps[0].Process.Arguments.ShouldContain("--predictable");
        steps[0].Process.Arguments.ShouldContain($"--toggle-collect={InstructionProfiles.V8Compilation}");
        steps[1].Process.Arguments.ShouldContain($"--toggle-collect={InstructionProfiles.V8JsToWasm}");
        steps[1].Process.Arguments.ShouldContain("--single-threaded");
        steps[1].Process.Arguments.ShouldContain("--max-calls");
        steps[1].Process.Arguments[steps[1].Process.Arguments.ToList().IndexOf("--max-calls") + 1].ShouldBe("0");
        steps[1].Process.TimeLimit.ShouldBe(TimeSpan.FromSeconds(1000));
    }

    [EngineFact("valgrind", "musl-gcc")]
    public async Task Reads_the_collected_count_and_the_checksum_and_refuses_a_count_of_zero()
    {
        var (engine, probe) = await ProbedAsync(new NativeEngine());
        var step = engine.Plan(probe, Request(Phases.Execute)).Steps.ShouldHaveSingleItem();
        const string stdout = "{\"phase\":\"execute-first\",\"ns\":5}\n{\"checksum\":12}\n";

        var reading = engine.Read(step, new ProcessOutcome(0, stdout, "==7== Events    : Ir\n==7== Collected : 123456\n", TimeSpan.FromSeconds(1), false));

        reading.Error.ShouldBeNull();
        reading.Checksum.ShouldBe(12);
        var count = reading.Measurements.ShouldHaveSingleItem();
        (count.Phase, count.Metric, count.Unit, count.Value).ShouldBe((Phases.Execute, Metrics.Instructions, "count", 123456d));
        engine.Read(step, new ProcessOutcome(0, stdout, "==7== Collected : 0\n", TimeSpan.FromSeconds(1), false))
            .Error!.ShouldContain("never entered");
    }

    [Fact]
    public void Engines_that_compile_on_background_threads_are_refused_with_one_line()
    {
        InstructionCountingEngine.Wrap(new CraneliftEngine("/e", "/d")).Refused!.ShouldContain("background threads");
        InstructionCountingEngine.Wrap(new V8Engine(V8Config.Default)).Refused!.ShouldContain("only on v8-optimizing");
    }

    [EngineFact("valgrind", "wasm-interp", "wat2wasm")]
    public async Task Counts_are_identical_across_runs_and_differ_when_the_work_differs()
    {
        var (engine, probe) = await ProbedAsync(new WasmInterpEngine());
        using var temp = new TempDirectory();
        var small = await EngineHarness.CaseAsync(temp, EngineHarness.LoopWat(1000), "small");
        var large = await EngineHarness.CaseAsync(temp, EngineHarness.LoopWat(3000), "large");

        async Task<double> CountAsync(BenchmarkCase benchmark)
        {
            var reading = await EngineHarness.SampleAsync(engine, probe, EngineHarness.Request(benchmark, temp, [Phases.Total]));
            reading.Error.ShouldBeNull();
            return reading.Value(Phases.Total, Metrics.Instructions);
        }

        var first = await CountAsync(small);
        var second = await CountAsync(small);
        var more = await CountAsync(large);

        second.ShouldBe(first);
        more.ShouldBeGreaterThan(first);
    }
}
