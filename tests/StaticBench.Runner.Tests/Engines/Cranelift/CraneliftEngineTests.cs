using StaticBench.Testing.Engines;
using StaticBench.Runner.Engines;
using StaticBench.Runner.Engines.Cranelift;
using StaticBench.Runner.Processes;
using StaticBench.Runner.Suite;
using StaticBench.Testing;

namespace StaticBench.Runner.Tests.Engines.Cranelift;

public class CraneliftEngineTests
{
    [Fact]
    public void Plans_one_node_process_with_the_driver_the_npm_folder_and_no_steady_calls_unless_asked()
    {
        var engine = new CraneliftEngine("/repo/tools/engines", "/rt/Engines/Cranelift/cranelift-driver.mjs");
        var probe = EngineProbe.Installed(new() { Name = "cranelift" }, "/usr/bin/node");
        var benchmark = new BenchmarkCase("test/loop", "tiny", null, "/suite/loop.wasm", null, null);
        var request = new SampleRequest(benchmark, new HashSet<string> { Phases.Compile }, "/tmp/s", TimeSpan.FromSeconds(9), ExecutePolicy.Default);

        var step = engine.Plan(probe, request).Steps.ShouldHaveSingleItem();

        step.Process.Program.ShouldBe("/usr/bin/node");
        step.Process.Arguments.ShouldBe(["/rt/Engines/Cranelift/cranelift-driver.mjs", "/repo/tools/engines", "/suite/loop.wasm", "--export", "run", "--min-calls", "0", "--max-calls", "0", "--budget-ms", "0"]);
        step.Process.ReadOnlyPaths.ShouldContain("/repo/tools/engines");
    }

    [Fact]
    public void A_node_abort_from_the_package_is_an_error_with_its_stderr()
    {
        var engine = new CraneliftEngine("/e", "/d.mjs");
        var step = new EngineStep("cranelift", new ProcessSpec("/usr/bin/node", [], "/tmp", TimeSpan.FromSeconds(9)));
        var outcome = new ProcessOutcome(134, "", "thread '<unnamed>' panicked at 'called `Result::unwrap()` on an `Err` value: unknown import", TimeSpan.FromSeconds(1), false);

        engine.Read(step, outcome).Error!.ShouldContain("unknown import");
    }

    [EngineFact("node", "wat2wasm", NeedsNpmEngines = true)]
    public async Task Compiles_and_runs_a_module_with_the_real_package()
    {
        var engine = new CraneliftEngine();
        var probe = await engine.ProbeAsync(ProcessRunner.Trusted);
        probe.Missing.ShouldBeNull();
        probe.Info.Version!.ShouldContain("wasmtime");
        using var temp = new TempDirectory();
        var benchmark = await EngineHarness.CaseAsync(temp, EngineHarness.LoopWat(1000));

        var reading = await EngineHarness.SampleAsync(engine, probe, EngineHarness.Request(benchmark, temp, engine.Phases));

        reading.Error.ShouldBeNull();
        reading.Checksum.ShouldBe(EngineHarness.LoopChecksum(1000));
        foreach (var phase in engine.Phases)
        {
            reading.Value(phase).ShouldBeGreaterThan(0, phase);
        }
    }

    [Fact]
    public async Task A_missing_npm_folder_says_how_to_install_it_in_one_line()
    {
        var probe = await new CraneliftEngine(Path.Combine(Path.GetTempPath(), "no-such-engines-folder"), typeof(CraneliftEngineTests).Assembly.Location).ProbeAsync(ProcessRunner.Trusted);

        if (ExecutableFinder.Find("node") is not null)
        {
            probe.Missing.ShouldBe($"npm package wasmtime not installed (npm install --prefix tools/engines in a checkout, or --prefix {NpmEngines.CacheFolder()} wasmtime@0.0.2)");
        }

        probe.IsInstalled.ShouldBeFalse();
    }
}
