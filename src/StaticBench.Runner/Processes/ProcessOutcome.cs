namespace StaticBench.Runner.Processes;

/// <summary>What came back from one process: exit code, captured output and the wall time the runner saw.</summary>
/// <param name="ExitCode">The exit code; meaningless when <see cref="TimedOut"/>.</param>
/// <param name="Stdout">Everything written to stdout.</param>
/// <param name="Stderr">Everything written to stderr.</param>
/// <param name="TimedOut">True when the runner killed the process tree at the time limit.</param>
/// <param name="Elapsed">Wall time from start to exit as seen by the runner, process start-up included.</param>
public sealed record ProcessOutcome(int ExitCode, string Stdout, string Stderr, TimeSpan Elapsed, bool TimedOut)
{
    public bool Succeeded => !TimedOut && ExitCode == 0;

    /// <summary>
    /// CPU time, user + system, of the process and every descendant it waited for (sandbox start-up
    /// included, as in <see cref="Elapsed"/>); null unless the spec asked (<see cref="ProcessSpec.MeasureCpuTime"/>).
    /// </summary>
    public TimeSpan? CpuTime { get; init; }

    /// <summary>The last few lines of stderr, for an error message that fits on one screen.</summary>
    public string StderrTail(int lines = 6) =>
        string.Join('\n', Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries).TakeLast(lines)).Trim();
}
