using StaticBench.Runner.Engines;
using StaticBench.Runner.Tests.Support;
using StaticBench.Schema.Validation;
using StaticBench.Schema.Json;
using StaticBench.Testing;
using StaticBench.Testing.Engines;

namespace StaticBench.Runner.Tests.Engines;

/// <summary>The V8 adapter against the real node on this machine, in the sandbox.</summary>
[Trait("Category", "Engine")]
public class V8EngineIntegrationTests
{
    [EngineFact("node")]
    public async Task Every_v8_configuration_measures_its_phases_and_returns_the_right_answer()
    {
        // Given a module whose run() returns 42, with 42 as its expected checksum
        using var suite = new TempDirectory();
        WasmModules.Write(suite.Path, "answer.wasm", WasmModules.Returning(42));
        await File.WriteAllTextAsync(suite.Combine("answer.checksum"), "42\n");

        // When the four V8 configurations run it
        var report = await RealRun.RunAsync(RealRun.Options(suite.Path, suite.Path, "v8"));

        // Then no error, and each configuration has its phases, each in wall time and cpu-time, tagged with V8's version and its flags
        report.Errors.ShouldBeEmpty();
        var results = report.Result.ShouldNotBeNull().Results;
        foreach (var config in new[] { "baseline", "optimizing", "default" })
        {
            string[] phases = [Phases.Parse, Phases.Compile, Phases.Instantiate, Phases.ExecuteFirst, Phases.Execute, Phases.Total];
            results.Where(r => r.Engine!.Config == config).Select(r => (r.Phase, r.Metric)).ShouldBe(
                [.. phases.Select(p => (p, Metrics.WallTime)), .. phases.Select(p => (p, Metrics.CpuTime))], ignoreOrder: true);
        }

        results.Where(r => r.Engine!.Config == "aot").Select(r => (r.Phase, r.Metric)).ShouldBe(
            [(Phases.AotCompile, "wall-time"), (Phases.AotCompile, "cpu-time"), (Phases.AotCompile, "artifact-size"), (Phases.AotExecute, "wall-time"), (Phases.AotExecute, "cpu-time")], ignoreOrder: true);
        results.ShouldAllBe(r => r.Engine!.Name == "v8" && r.Engine.Version!.Length > 0 && r.Engine.Flags!.Contains("--single-threaded"));
        results.ShouldAllBe(r => r.Samples.Count == 2);
        // cpu-time comes from process.cpuUsage() in whole µs: a phase of this tiny module may read 0, and the execute
        // sample is the median of the steady state's calls, which for an even number of calls falls on a half µs
        results.ShouldAllBe(r => r.Samples.All(s => r.Metric == Metrics.CpuTime ? s >= 0 && s % 500 == 0 : s > 0));

        // And the file is one that record accepts
        ResultReader.Read(ResultJson.Serialize(report.Result!), "run.json").IsValid.ShouldBeTrue();
    }
}
