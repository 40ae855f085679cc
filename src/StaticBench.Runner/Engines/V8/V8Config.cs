namespace StaticBench.Runner.Engines.V8;

/// <summary>A V8 configuration: which tiers compile wasm, and whether the code is serialized ahead of time.</summary>
/// <param name="Config">The result's <c>engine.config</c>: baseline, optimizing, default, aot.</param>
/// <param name="Flags">V8 flags given to node, in order.</param>
/// <param name="IsAot">Compile and serialize in one process, deserialize and run in another.</param>
public sealed record V8Config(string Config, IReadOnlyList<string> Flags, bool IsAot = false)
{
    /// <summary>
    /// Every configuration compiles on the main thread only (<c>--single-threaded</c>), so compile times
    /// are comparable across configurations and machines with different core counts.
    /// </summary>
    public const string SingleThreaded = "--single-threaded";

    /// <summary>Liftoff only: the single-pass baseline compiler, never tiered up.</summary>
    /// <remarks>
    /// <c>--liftoff-only</c>, not <c>--no-wasm-tier-up</c>: in V8 11.3 (node 20) dynamic tiering still
    /// recompiles hot functions with TurboFan under <c>--liftoff --no-wasm-tier-up</c>
    /// (<c>--trace-wasm-compilation-times</c> shows "using TurboFan"), which made "baseline" measure
    /// optimized code.
    /// </remarks>
    public static V8Config Baseline { get; } = new("baseline", ["--liftoff", "--liftoff-only", "--no-wasm-lazy-compilation", SingleThreaded]);

    /// <summary>TurboFan only, everything compiled up front.</summary>
    public static V8Config Optimizing { get; } = new("optimizing", ["--no-liftoff", "--no-wasm-lazy-compilation", SingleThreaded]);

    /// <summary>V8's own defaults: lazy Liftoff compilation on first call, dynamic tier-up to TurboFan.</summary>
    public static V8Config Default { get; } = new("default", [SingleThreaded]);

    /// <summary>TurboFan, serialized with <c>%SerializeWasmModule</c> and loaded with <c>%DeserializeWasmModule</c> (same flags both ways).</summary>
    public static V8Config Aot { get; } = new("aot", ["--no-liftoff", "--no-wasm-lazy-compilation", SingleThreaded, "--allow-natives-syntax"], IsAot: true);
}
