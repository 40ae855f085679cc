using StaticBench.Testing.Engines;
using StaticBench.Runner.Engines;
using StaticBench.Runner.Engines.Wasm2Js;
using StaticBench.Runner.Processes;
using StaticBench.Runner.Tests.Support;
using StaticBench.Testing;

namespace StaticBench.Runner.Tests.Engines.Wasm2Js;

public class Wasm2JsEngineTests
{
    [Fact]
    public void The_translate_step_is_timed_as_a_whole_process_and_the_node_step_by_its_driver()
    {
        var engine = new Wasm2JsEngine("/d.mjs");
        var translate = new EngineStep("translate", new ProcessSpec("/usr/bin/wasm2js", [], "/tmp", TimeSpan.FromSeconds(9)));
        var node = new EngineStep("node", new ProcessSpec("/usr/bin/node", [], "/tmp", TimeSpan.FromSeconds(9)));

        engine.Read(translate, new ProcessOutcome(0, "", "", TimeSpan.FromMilliseconds(3), false))
            .Value(TranslationPhases.Translate).ShouldBe(3_000_000, tolerance: 1);
        var driven = engine.Read(node, new ProcessOutcome(0, "{\"phase\":\"load\",\"ns\":500}\n{\"checksum\":7}\n", "", TimeSpan.FromMilliseconds(40), false));
        driven.Value(TranslationPhases.Load).ShouldBe(500);
        driven.Checksum.ShouldBe(7);
        engine.Read(translate, new ProcessOutcome(1, "", "[wasm-validator error] bad", TimeSpan.FromMilliseconds(3), false))
            .Error!.ShouldContain("wasm-validator error");
    }

    [Fact]
    public void Only_the_translate_step_asks_the_runner_for_its_cpu_time_the_driver_times_its_own()
    {
        var engine = new Wasm2JsEngine("/d.mjs", translator: "/usr/bin/wasm2js");
        var probe = EngineProbe.Installed(new() { Name = "wasm2js" }, "/usr/bin/node");

        var steps = engine.Plan(probe, new SampleRequest(Canned.Case(), engine.Phases.ToHashSet(), "/tmp/s", TimeSpan.FromSeconds(9), ExecutePolicy.Default)).Steps;

        steps.Select(s => (s.Name, s.Process.MeasureCpuTime)).ShouldBe([("translate", true), ("node", false)]);
    }

    [EngineFact("node", "wasm2js", "wat2wasm")]
    public async Task Translates_and_runs_a_module_with_the_real_wasm2js_and_node()
    {
        var engine = new Wasm2JsEngine();
        var probe = await engine.ProbeAsync(ProcessRunner.Trusted);
        probe.Missing.ShouldBeNull();
        using var temp = new TempDirectory();
        var benchmark = await EngineHarness.CaseAsync(temp, EngineHarness.LoopWat(1000));

        var reading = await EngineHarness.SampleAsync(engine, probe, EngineHarness.Request(benchmark, temp, engine.Phases));

        reading.Error.ShouldBeNull();
        reading.Checksum.ShouldBe(EngineHarness.LoopChecksum(1000));
        foreach (var phase in engine.Phases)
        {
            reading.Value(phase).ShouldBeGreaterThan(0, phase);
            reading.Value(phase, Metrics.CpuTime).ShouldBeGreaterThan(0, phase);
        }

        probe.Info.Version!.ShouldContain("wasm2js version");
    }
}
