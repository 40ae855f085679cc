using StaticBench.Runner.Processes;

namespace StaticBench.Runner.Engines;

/// <summary>
/// Reads a process that cannot time itself (a CLI engine, a translator) by the wall time the runner saw
/// from start to exit, so the phase includes process start-up and module loading and is named for that.
/// A time-out or a non-zero exit is refused as for every engine (<see cref="StepRefusals"/>).
/// </summary>
public static class WholeProcess
{
    public static StepReading Read(EngineStep step, ProcessOutcome outcome, string phase, long? checksum = null) =>
        StepRefusals.TimedOut(step, outcome)
        ?? StepRefusals.Crashed(step, outcome)
        ?? new StepReading([new Measurement(phase, outcome.Elapsed.TotalNanoseconds)], checksum, null);
}
