namespace StaticBench.Runner.Measures.Instructions;

/// <summary>
/// One instruction count an engine allows: which of its steps to run under callgrind, the phase the
/// count is reported as, and the functions whose execution (callees included) is counted
/// (<c>--toggle-collect</c>; empty = the whole process).
/// </summary>
/// <param name="Step">The name of the engine's own step (<see cref="Engines.EngineStep.Name"/>) to run counted.</param>
/// <param name="Phase">The result's phase.</param>
/// <param name="ToggleCollect">callgrind <c>--toggle-collect</c> patterns (<c>*</c> wildcards, mangled or demangled names).</param>
public sealed record CountedPhase(string Step, string Phase, IReadOnlyList<string> ToggleCollect)
{
    /// <summary>Arguments put before the program's own when counted (V8: flags that make it deterministic).</summary>
    public IReadOnlyList<string> DeterminismArguments { get; init; } = [];

    /// <summary>
    /// Also report each function's own count (<c>function-instructions</c>, <c>parameters.function</c>),
    /// read from callgrind's output file. Only where the counted code has symbols: not JIT-compiled code.
    /// </summary>
    public bool PerFunction { get; init; }
}
