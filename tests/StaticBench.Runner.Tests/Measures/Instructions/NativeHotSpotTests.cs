using StaticBench.Runner.Engines;
using StaticBench.Runner.Running;
using StaticBench.Runner.Suite;
using StaticBench.Runner.Tests.Support;
using StaticBench.Testing;
using StaticBench.Testing.Engines;

namespace StaticBench.Runner.Tests.Measures.Instructions;

public class NativeHotSpotTests : IDisposable
{
    private readonly TempDirectory dir = new();

    public void Dispose() => dir.Dispose();

    [EngineFact("valgrind", "clang-14", "musl-gcc")]
    public async Task Native_instruction_counts_come_with_each_function_s_own_count_summing_to_the_total()
    {
        // Given the suite's hash, counted under callgrind on native
        var options = RealRun.Options(RunPlanner.BundledSuite, dir.Combine("cache"), "native") with
        {
            Benchmarks = ["hash"],
            Sizes = [SizeRequest.Parse("200")],
            Phases = [Phases.Execute],
            Metric = Metrics.Instructions,
            Samples = 1,
        };

        // When it runs
        var run = (await RealRun.RunAsync(options)).Result!;

        // Then compress, by its symbol, holds most of the instructions, and the functions sum to the total
        var total = run.Results.Single(r => r.Metric == Metrics.Instructions).Samples[0];
        var functions = run.Results.Where(r => r.Metric == Metrics.FunctionInstructions).ToArray();
        functions[0].Parameters!["function"].Canonical.ShouldBe("compress");
        functions[0].Samples[0].ShouldBeGreaterThan(total * 0.8);
        functions.Sum(f => f.Samples[0]).ShouldBe(total);
        functions.ShouldAllBe(f => f.Phase == Phases.Execute && f.Unit == "count" && f.Engine!.Name == "native");
    }
}
