namespace StaticBench.Runner.Engines;

/// <summary>
/// Phase names written into results. Each phase is its own series; see docs/runner.md for exactly what
/// each one times on each engine.
/// </summary>
public static class Phases
{
    /// <summary>Validation (V8: <c>WebAssembly.validate</c>).</summary>
    public const string Parse = "parse";

    /// <summary>Compilation to machine code (V8: <c>new WebAssembly.Module</c>; lazy on the default tier).</summary>
    public const string Compile = "compile";

    public const string Instantiate = "instantiate";

    /// <summary>The first call of the benchmark's export in a fresh instance (includes lazy compilation and tier-up).</summary>
    public const string ExecuteFirst = "execute-first";

    /// <summary>Steady-state calls after the first: the median of several calls in one process is one sample.</summary>
    public const string Execute = "execute";

    /// <summary>JIT total: parse + compile + instantiate + first call, one span in a fresh process.</summary>
    public const string Total = "total";

    /// <summary>Ahead-of-time compile and serialize; also reports the artifact size (metric <c>artifact-size</c>).</summary>
    public const string AotCompile = "aot-compile";

    /// <summary>Load the serialized artifact, instantiate, and make the first call, in a fresh process.</summary>
    public const string AotExecute = "aot-execute";

    /// <summary>Every phase in display order.</summary>
    public static IReadOnlyList<string> All { get; } =
        [Parse, Compile, Instantiate, ExecuteFirst, Execute, Total, AotCompile, AotExecute, TranslationPhases.Translate, TranslationPhases.Load];
}
