using StaticBench.Runner.Suite;

namespace StaticBench.Runner.Scaling;

/// <summary>
/// Writes the scaling modules into a folder and returns them as cases for the run loop, which measures
/// phase <c>compile</c> (one fresh engine process per sample, as for every benchmark) on each engine.
/// Benchmarks are named <c>compile-scaling/&lt;shape&gt;</c>, one size per case.
/// </summary>
public static class ScalingCases
{
    private static readonly IReadOnlySet<string> CompileOnly = new HashSet<string> { Engines.Phases.Compile };

    public static IReadOnlyList<ScalingCase> Write(string folder, ScalingOptions options)
    {
        Directory.CreateDirectory(folder);
        var cases = new List<ScalingCase>();
        foreach (var shape in options.Shapes)
        {
            foreach (var target in ScalingModules.Sizes(options.MinBytes, options.MaxBytes(shape), options.Points))
            {
                var module = ScalingModules.Generate(shape, target);
                var path = Path.Combine(folder, $"{shape.Name()}-{module.Bytes}.wasm");
                File.WriteAllBytes(path, module.Wasm);
                var benchmark = new BenchmarkCase($"{ScalingCase.Suite}/{shape.Name()}", $"{module.Bytes}", module.Bytes, path, null, module.Checksum);
                var scaling = new ScalingCase(shape, module.Bytes, benchmark);
                cases.Add(scaling with { Case = benchmark with { ParametersOverride = scaling.Parameters, OnlyPhases = CompileOnly } });
            }
        }

        return cases;
    }
}
