using StaticBench.Testing.Engines;
using StaticBench.Runner.Engines;
using StaticBench.Runner.Engines.Wasm2Js;
using StaticBench.Runner.Processes;
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
        }

        probe.Info.Version!.ShouldContain("wasm2js version");
    }
}
