using StaticBench.Runner.Reporting;
using StaticBench.Schema.Model;
using StaticBench.Testing;

namespace StaticBench.Runner.Tests.Reporting;

public class PhaseTableTests
{
    private static BenchmarkResult Result(string engine, string? config, string phase, params double[] samples) => Result(engine, config, phase, "wall-time", samples);

    private static BenchmarkResult Result(string engine, string? config, string phase, string metric, params double[] samples) => new()
    {
        Benchmark = "wasm/sort",
        Parameters = new Dictionary<string, ParameterValue> { ["size"] = ParameterValue.Of("small") },
        Engine = new EngineInfo { Name = engine, Config = config },
        Phase = phase,
        Metric = metric,
        Unit = "ns",
        Better = Better.Lower,
        Samples = samples,
    };

    [Fact]
    public void Execution_phases_get_the_ratio_of_medians_to_native_of_the_same_benchmark_size_and_phase()
    {
        // Given native executes in a median of 100 ns and V8 in 150 ns
        var run = new RunResultBuilder("r")
            .WithResult(Result("v8", "optimizing", "execute", 140, 150, 900))
            .WithResult(Result("v8", "optimizing", "compile", 5000))
            .WithResult(Result("native", "musl-static", "execute", 90, 100, 110))
            .Build();

        // When the rows are made
        var rows = PhaseTable.Rows(run);

        // Then execute is 1.5x native, compile has no ratio (native has no compile), native none of itself
        rows.Single(r => r.Engine == "v8-optimizing" && r.Phase == "execute").NativeRatio.ShouldBe(1.5);
        rows.Single(r => r.Phase == "compile").NativeRatio.ShouldBeNull();
        rows.Single(r => r.Engine == "native").NativeRatio.ShouldBeNull();
        rows.Single(r => r.Engine == "v8-optimizing" && r.Phase == "execute").Summary.ShouldBe(new SampleSummary { N = 3, Min = 140, Median = 150, Max = 900 });
    }

    [Fact]
    public void Cpu_time_is_compared_with_natives_cpu_time_never_with_its_wall_time()
    {
        // Given native's execute at 100 ns wall and 80 ns cpu-time, V8's at 300 ns wall and 120 ns cpu-time
        var run = new RunResultBuilder("r")
            .WithResult(Result("v8", "optimizing", "execute", "wall-time", 300))
            .WithResult(Result("v8", "optimizing", "execute", "cpu-time", 120))
            .WithResult(Result("native", "musl-static", "execute", "wall-time", 100))
            .WithResult(Result("native", "musl-static", "execute", "cpu-time", 80))
            .WithResult(Result("v8", "optimizing", "execute", "instructions", 5000))
            .Build();

        // When the rows are made
        var rows = PhaseTable.Rows(run);

        // Then each time metric has its own ratio, and a count has none
        rows.Single(r => r.Engine == "v8-optimizing" && r.Metric == "wall-time").NativeRatio.ShouldBe(3);
        rows.Single(r => r.Engine == "v8-optimizing" && r.Metric == "cpu-time").NativeRatio.ShouldBe(1.5);
        rows.Single(r => r.Engine == "v8-optimizing" && r.Metric == "instructions").NativeRatio.ShouldBeNull();
    }
}
