using StaticBench.Runner.Engines;
using StaticBench.Runner.Processes;
using StaticBench.Runner.Running;
using StaticBench.Testing;

namespace StaticBench.Runner.Tests.Support;

/// <summary>Runs real engines through the real, sandboxed process runner, with few samples.</summary>
public static class RealRun
{
    public static RunOptions Options(string suite, string cache, params string[] engines) => new()
    {
        Suite = suite,
        Cache = cache,
        Engines = engines,
        Samples = 2,
        Warmup = 0,
        Execute = new ExecutePolicy(2, 3, TimeSpan.FromMilliseconds(20)),
        Project = new RunResultBuilder("r").Build().Run.Project,
        Machine = "test-machine",
    };

    public static async Task<RunReport> RunAsync(RunOptions options)
    {
        var policy = await SandboxDetector.DetectAsync();
        return await new BenchmarkRun(EngineRegistry.Default, ProcessRunner.Trusted, new ProcessRunner(policy)).RunAsync(options);
    }
}
