using StaticBench.Runner.Suite;

namespace StaticBench.Runner.Engines;

/// <summary>What one sample of one engine should measure.</summary>
/// <param name="Case">The benchmark at one size: its wasm module, native build and expected checksum.</param>
/// <param name="Phases">The phases asked for; an adapter may measure more (the runner drops the rest).</param>
/// <param name="Scratch">A fresh, writable folder for this sample (AOT artifacts); the sandbox's only writable place.</param>
/// <param name="TimeLimit">Per process.</param>
/// <param name="Execute">How many steady-state calls to time after the first.</param>
public sealed record SampleRequest(
    BenchmarkCase Case,
    IReadOnlySet<string> Phases,
    string Scratch,
    TimeSpan TimeLimit,
    ExecutePolicy Execute)
{
    public bool Wants(string phase) => Phases.Contains(phase);
}

/// <summary>
/// Steady-state calls: at least <see cref="MinCalls"/>, then more until <see cref="MaxCalls"/> or until
/// <see cref="Budget"/> of calling has passed. A sample is the median of these calls.
/// </summary>
public sealed record ExecutePolicy(int MinCalls, int MaxCalls, TimeSpan Budget)
{
    public static ExecutePolicy Default { get; } = new(3, 20, TimeSpan.FromMilliseconds(300));

    /// <summary>No steady-state calls: only the first call is made.</summary>
    public static ExecutePolicy None { get; } = new(0, 0, TimeSpan.Zero);
}
