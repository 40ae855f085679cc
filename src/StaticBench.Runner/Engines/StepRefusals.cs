using StaticBench.Runner.Processes;

namespace StaticBench.Runner.Engines;

/// <summary>
/// How an adapter refuses a process it cannot take a number from, worded once for every engine: those
/// read through the driver protocol (<see cref="EngineBase"/>) and those timed from outside
/// (<see cref="WholeProcess"/>). A refusal names the step and carries the end of the output that
/// explains it, so a failed pair is reported with its cause and never as a number.
/// </summary>
public static class StepRefusals
{
    /// <summary>The runner killed the process at its time limit; null when it did not.</summary>
    public static StepReading? TimedOut(EngineStep step, ProcessOutcome outcome) =>
        outcome.TimedOut ? StepReading.Failed($"{step.Name}: timed out after {step.Process.TimeLimit.TotalSeconds:0.#} s (killed)") : null;

    /// <summary>The process exited with a non-zero code; null when it exited with 0.</summary>
    public static StepReading? Crashed(EngineStep step, ProcessOutcome outcome) =>
        outcome.ExitCode != 0 ? StepReading.Failed($"{step.Name}: exited with code {outcome.ExitCode}: {StderrTail(outcome)}") : null;

    /// <summary>A driver exited cleanly without printing a single measurement.</summary>
    public static StepReading NothingMeasured(EngineStep step, ProcessOutcome outcome) =>
        StepReading.Failed($"{step.Name}: printed no measurements: {StderrTail(outcome)}");

    /// <summary>The process succeeded but its stdout holds no checksum; <paramref name="missing"/> says what was not found.</summary>
    public static StepReading NoChecksum(EngineStep step, ProcessOutcome outcome, string missing) =>
        StepReading.Failed($"{step.Name}: {missing} in stdout: {StdoutTail(outcome.Stdout)}");

    private static string StderrTail(ProcessOutcome outcome) =>
        outcome.StderrTail() is { Length: > 0 } tail ? tail : "(no output on stderr)";

    private static string StdoutTail(string text) => text.Length <= 300 ? text.Trim() : "…" + text[^300..].Trim();
}
