using StaticBench.Runner.Engines;
using StaticBench.Runner.Engines.Configured;
using StaticBench.Runner.Engines.Native;
using StaticBench.Runner.Engines.Sightglass;
using StaticBench.Runner.Engines.V8;
using StaticBench.Runner.Engines.WasmInterp;

namespace StaticBench.Runner.Measures.Instructions;

/// <summary>
/// Which instruction counts each engine allows, and why the others cannot give exact ones. A count is
/// only worth recording when it is the same in every run, so engines that compile on background threads
/// (Cranelift through npm, V8's default and wasm2js's JS tiers) are refused rather than measured noisily.
/// </summary>
public static class InstructionProfiles
{
    /// <summary>V8's wasm compile jobs (TurboFan with --no-liftoff), on the main thread under --single-threaded.</summary>
    public const string V8Compilation = "v8::internal::wasm::WasmCompilationUnit::ExecuteCompilation*";

    /// <summary>The builtin every JS → wasm call goes through: the wasm code and what it calls.</summary>
    public const string V8JsToWasm = "Builtins_GenericJSToWasmWrapper";

    /// <summary>
    /// V8 flags for counted runs: without them, compile counts differed by ~0.05% between runs here
    /// (random seeds feed hashing and allocation); with them and ASLR off, they are identical.
    /// </summary>
    public static IReadOnlyList<string> V8Determinism { get; } = ["--predictable", "--random-seed=1"];

    /// <summary>The counted phases of <paramref name="engine"/>, or the one-line reason it has none.</summary>
    public static (IReadOnlyList<CountedPhase>? Phases, string? Refused) For(IEngine engine) => engine switch
    {
        V8Engine { Config.Config: "optimizing" } =>
        ([
            new("jit", Phases.Compile, [V8Compilation]) { DeterminismArguments = V8Determinism },
            new("jit", Phases.Execute, [V8JsToWasm]) { DeterminismArguments = V8Determinism },
        ], null),
        V8Engine v8 => (null, $"{v8.Name}: instruction counts only on v8-optimizing (--single-threaded --no-liftoff --no-wasm-lazy-compilation); lazy and tiered compilation make counts vary"),
        NativeEngine => ([new("native", Phases.Execute, ["run"]) { PerFunction = true }], null),
        WasmInterpEngine => ([new("parse", Phases.Parse, []), new("run", Phases.Total, [])], null),
        SightglassEngine sightglass =>
        ([
            new(sightglass.Name, Phases.Compile, ["wasm_bench_compile"]),
            new(sightglass.Name, Phases.Instantiate, ["wasm_bench_instantiate"]),
            new(sightglass.Name, Phases.Execute, ["wasm_bench_execute"]),
        ], null),
        ConfiguredEngine configured => ([.. ConfiguredCommands.All
            .Where(c => configured.Spec.Commands.ContainsKey(c.Command))
            .Select(c => new CountedPhase(c.Command, c.Phase, []))], null),
        _ => (null, $"{engine.Name}: no exact instruction counts (it compiles on background threads, so counts vary from run to run)"),
    };
}
