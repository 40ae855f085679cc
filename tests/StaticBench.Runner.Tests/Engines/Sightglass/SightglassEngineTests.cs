using StaticBench.Testing.Engines;
using StaticBench.Runner.Engines;
using StaticBench.Runner.Engines.Sightglass;
using StaticBench.Runner.Processes;
using StaticBench.Testing;

namespace StaticBench.Runner.Tests.Engines.Sightglass;

/// <summary>
/// The Sightglass path end to end with test-engine.c, a stand-in library (not a wasm engine) that the
/// test builds with gcc: host build, dlopen inside the sandbox, phase timing through the callbacks, checksum.
/// </summary>
public class SightglassEngineTests
{
    private static async Task<string> BuildTestEngineAsync(TempDirectory temp)
    {
        var source = Path.Combine(AppContext.BaseDirectory, "Engines", "Sightglass", "test-engine.c");
        var library = temp.Combine("lib", "libtest-engine.so");
        Directory.CreateDirectory(Path.GetDirectoryName(library)!);
        var outcome = await ProcessRunner.Trusted.RunAsync(
            new ProcessSpec(ExecutableFinder.Find("gcc")!, ["-shared", "-fPIC", "-O1", "-Wall", "-Werror", "-o", library, source], temp.Path, TimeSpan.FromSeconds(60)));
        outcome.Succeeded.ShouldBeTrue(outcome.Stderr);
        return library;
    }

    [EngineFact("gcc", "wat2wasm")]
    public async Task Loads_a_test_built_engine_library_in_the_sandboxed_host_and_times_each_phase()
    {
        using var temp = new TempDirectory();
        var engine = new SightglassEngine("test-engine", await BuildTestEngineAsync(temp), hostFolder: temp.Combine("hosts"));
        var probe = await engine.ProbeAsync(ProcessRunner.Trusted);
        probe.Missing.ShouldBeNull();
        probe.Info.Version!.ShouldStartWith("libtest-engine.so sha256:");
        var benchmark = await EngineHarness.CaseAsync(temp, EngineHarness.LoopWat(1000));

        var reading = await EngineHarness.SampleAsync(engine, probe, EngineHarness.Request(benchmark, temp, engine.Phases));

        reading.Error.ShouldBeNull();
        reading.Checksum.ShouldBe(3496500);
        reading.Measurements.Select(m => (m.Phase, m.Metric)).ShouldBe(
            [("compile", "wall-time"), ("compile", "cpu-time"), ("instantiate", "wall-time"), ("instantiate", "cpu-time"), ("execute", "wall-time"), ("execute", "cpu-time")]);
        reading.Value(Phases.Execute).ShouldBeGreaterThan(reading.Value(Phases.Instantiate));
        reading.Value(Phases.Execute, Metrics.CpuTime).ShouldBeGreaterThan(0);
    }

    [EngineFact("gcc")]
    public async Task A_library_that_refuses_the_module_is_an_error_naming_the_call()
    {
        using var temp = new TempDirectory();
        var engine = new SightglassEngine("test-engine", await BuildTestEngineAsync(temp), hostFolder: temp.Combine("hosts"));
        var probe = await engine.ProbeAsync(ProcessRunner.Trusted);
        var notWasm = temp.Combine("not.wasm");
        await File.WriteAllTextAsync(notWasm, "hello");
        var benchmark = new StaticBench.Runner.Suite.BenchmarkCase("test/bad", "tiny", null, notWasm, null, null);

        var reading = await EngineHarness.SampleAsync(engine, probe, EngineHarness.Request(benchmark, temp, engine.Phases));

        reading.Error!.ShouldContain("wasm_bench_compile failed");
    }

    [Fact]
    public async Task A_missing_library_is_skipped_with_one_line()
    {
        var probe = await new SightglassEngine("wasmtime-lib", "/nowhere/libwasmtime_bench_api.so").ProbeAsync(ProcessRunner.Trusted);

        probe.Missing.ShouldBe("engine library /nowhere/libwasmtime_bench_api.so not found");
    }
}
