using StaticBench.Schema.Model;

namespace StaticBench.Testing;

/// <summary>Instruction-profile results as <c>run --metric opcodes</c> writes them, for a <see cref="RunResultBuilder"/>.</summary>
public static class ProfileResults
{
    /// <summary>Adds one opcode-count result per opcode and one function-instructions result per function.</summary>
    public static RunResultBuilder WithProfile(
        this RunResultBuilder builder, string benchmark, string size, IReadOnlyDictionary<string, double> opcodes, IReadOnlyDictionary<string, double> functions)
    {
        foreach (var (opcode, count) in opcodes)
        {
            builder.WithResult(Result(benchmark, size, ProfileMetrics.OpcodeCount, ProfileMetrics.OpcodeParameter, opcode, count));
        }

        foreach (var (function, count) in functions)
        {
            builder.WithResult(Result(benchmark, size, ProfileMetrics.FunctionInstructions, ProfileMetrics.FunctionParameter, function, count));
        }

        return builder;
    }

    private static BenchmarkResult Result(string benchmark, string size, string metric, string parameter, string name, double count) => new()
    {
        Benchmark = benchmark,
        Parameters = new Dictionary<string, ParameterValue> { ["size"] = ParameterValue.Of(size), [parameter] = ParameterValue.Of(name) },
        Engine = new EngineInfo { Name = "wasm-opcodes", Version = "v8 11.3.244.8", Config = "block-counters" },
        Phase = "execute",
        Metric = metric,
        Unit = "count",
        Better = Better.Lower,
        Samples = [count],
    };
}
