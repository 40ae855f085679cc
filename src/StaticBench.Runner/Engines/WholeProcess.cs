using StaticBench.Runner.Processes;

namespace StaticBench.Runner.Engines;

/// <summary>
/// Reads a process that cannot time itself (a CLI engine, a translator) by the wall time the runner saw
/// from start to exit, so the phase includes process start-up and module loading and is named for that.
/// Same refusals as <see cref="EngineBase"/>: a time-out or a non-zero exit is an error, never a number.
/// </summary>
public static class WholeProcess
{
    public static StepReading Read(EngineStep step, ProcessOutcome outcome, string phase, long? checksum = null)
    {
        if (outcome.TimedOut)
        {
            return StepReading.Failed($"{step.Name}: timed out after {step.Process.TimeLimit.TotalSeconds:0.#} s (killed)");
        }

        if (outcome.ExitCode != 0)
        {
            var tail = outcome.StderrTail() is { Length: > 0 } text ? text : "(no output on stderr)";
            return StepReading.Failed($"{step.Name}: exited with code {outcome.ExitCode}: {tail}");
        }

        return new StepReading([new Measurement(phase, outcome.Elapsed.TotalNanoseconds)], checksum, null);
    }
}
