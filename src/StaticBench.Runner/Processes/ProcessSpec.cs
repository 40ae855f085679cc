namespace StaticBench.Runner.Processes;

/// <summary>
/// One process to start: what an engine adapter returns instead of starting anything itself. The
/// <see cref="ProcessRunner"/> adds the sandbox, the limits and the time limit around it.
/// </summary>
/// <param name="Program">Absolute path of the executable (adapters resolve it when probing).</param>
/// <param name="Arguments">Passed one by one (<c>ArgumentList</c>); never joined into a shell line.</param>
/// <param name="WorkingDirectory">Working folder; inside the sandbox it is bound read-write (the "benchmark's folder").</param>
/// <param name="TimeLimit">Wall-clock limit; past it the whole process tree is killed and the sample is an error.</param>
public sealed record ProcessSpec(
    string Program,
    IReadOnlyList<string> Arguments,
    string WorkingDirectory,
    TimeSpan TimeLimit)
{
    /// <summary>Extra variables on top of the runner's minimal environment (PATH, HOME=/tmp, LANG=C). Never secrets.</summary>
    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>();

    /// <summary>Folders the process may read (bound read-only into the sandbox); everything else is read-only too, but listing them keeps intent explicit.</summary>
    public IReadOnlyList<string> ReadOnlyPaths { get; init; } = [];

    /// <summary>
    /// Address-space limit in bytes, or null for none. Leave null for V8: its wasm memory reserves
    /// guard regions far beyond 16 GB and fails under an address-space limit (docs/runner.md).
    /// </summary>
    public long? AddressSpaceLimitBytes { get; init; }

    /// <summary>
    /// Also measure the CPU time of the process and the descendants it waits for (<see cref="ProcessOutcome.CpuTime"/>),
    /// for a process timed as a whole from outside. Such a process runs alone among the runner's children:
    /// it waits for the others to end, and none starts until it has ended (<see cref="ChildProcessGate"/>).
    /// </summary>
    public bool MeasureCpuTime { get; init; }
}
