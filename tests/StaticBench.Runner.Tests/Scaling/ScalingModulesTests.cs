using StaticBench.Testing.Engines;
using StaticBench.Runner.Engines;
using StaticBench.Runner.Engines.WasmInterp;
using StaticBench.Runner.Processes;
using StaticBench.Runner.Scaling;
using StaticBench.Testing;

namespace StaticBench.Runner.Tests.Scaling;

public class ScalingModulesTests
{
    [Fact]
    public void Sizes_are_log_spaced_from_min_to_max()
    {
        ScalingModules.Sizes(1024, 1024 * 1024, 4).ShouldBe([1024, 10321, 104032, 1048576]);
    }

    [Theory]
    [InlineData(ScalingShape.SmallFunctions, 1024)]
    [InlineData(ScalingShape.SmallFunctions, 1024 * 1024)]
    [InlineData(ScalingShape.BigFunction, 4096)]
    [InlineData(ScalingShape.BigFunction, 256 * 1024)]
    public void Modules_come_within_one_unit_of_the_size_asked_for_and_are_deterministic(ScalingShape shape, int bytes)
    {
        var module = ScalingModules.Generate(shape, bytes);

        Math.Abs(module.Bytes - bytes).ShouldBeLessThan(130);
        ScalingModules.Generate(shape, bytes).Wasm.ShouldBe(module.Wasm);
    }

    [Fact]
    public void Cases_carry_shape_and_numeric_bytes_parameters_for_the_fit()
    {
        using var temp = new TempDirectory();

        var cases = ScalingCases.Write(temp.Path, new ScalingOptions { MinBytes = 1024, MaxSmallFunctionsBytes = 8192, MaxBigFunctionBytes = 4096, Points = 3 });

        cases.Count.ShouldBe(6);
        cases[0].Case.Benchmark.ShouldBe("compile-scaling/small-functions");
        cases[0].Parameters["shape"].Canonical.ShouldBe("small-functions");
        cases[^1].Parameters["bytes"].AsNumber.ShouldBe(new FileInfo(cases[^1].Case.Wasm).Length);
        cases.ShouldAllBe(c => c.Case.ExpectedChecksum != null);
    }

    /// <summary>The generator's own checksum is what a real engine computes, for both shapes.</summary>
    [EngineFact("wasm-interp")]
    public async Task A_real_engine_validates_the_modules_and_returns_the_generator_checksum()
    {
        using var temp = new TempDirectory();
        var engine = new WasmInterpEngine();
        var probe = await engine.ProbeAsync(ProcessRunner.Trusted);
        foreach (var scaling in ScalingCases.Write(temp.Combine("m"), new ScalingOptions { MinBytes = 1024, MaxSmallFunctionsBytes = 20_000, MaxBigFunctionBytes = 20_000, Points = 2 }))
        {
            var reading = await EngineHarness.SampleAsync(engine, probe, EngineHarness.Request(scaling.Case, temp, [Phases.Total]));

            reading.Error.ShouldBeNull();
            reading.Checksum.ShouldBe(scaling.Case.ExpectedChecksum, $"{scaling.Shape} {scaling.Bytes}");
        }
    }
}
