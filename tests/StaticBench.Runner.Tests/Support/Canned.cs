using StaticBench.Runner.Engines;
using StaticBench.Runner.Processes;
using StaticBench.Runner.Suite;

namespace StaticBench.Runner.Tests.Support;

/// <summary>Requests and outcomes for adapter unit tests.</summary>
public static class Canned
{
    public static BenchmarkCase Case(string? native = "/cache/sort", long? checksum = 42) =>
        new("wasm/sort", "small", 1000, "/cache/sort.wasm", native, checksum);

    public static SampleRequest Request(params string[] phases) =>
        new(Case(), (phases.Length == 0 ? Phases.All : phases).ToHashSet(), "/scratch/1", TimeSpan.FromSeconds(30), ExecutePolicy.Default);

    public static ProcessOutcome Exited(string stdout, int exit = 0, string stderr = "") =>
        new(exit, stdout, stderr, TimeSpan.FromMilliseconds(50), false);

    public static EngineProbe Installed(IEngine engine) =>
        EngineProbe.Installed(new StaticBench.Schema.Model.EngineInfo { Name = engine.Name }, "/usr/bin/node");
}
