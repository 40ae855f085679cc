using StaticBench.Runner.Processes;

namespace StaticBench.Runner.Engines;

/// <summary>
/// Reads a process that cannot time itself (a CLI engine, a translator) as the runner saw it from start
/// to exit, so the phase includes process start-up and module loading and is named for that: its wall
/// time and, when its step was planned with <see cref="ProcessSpec.MeasureCpuTime"/>, its CPU time
/// (user + system of its process tree). A time-out or a non-zero exit is refused as for every engine
/// (<see cref="StepRefusals"/>).
/// </summary>
public static class WholeProcess
{
    public static StepReading Read(EngineStep step, ProcessOutcome outcome, string phase, long? checksum = null) =>
        StepRefusals.TimedOut(step, outcome)
        ?? StepRefusals.Crashed(step, outcome)
        ?? new StepReading([new Measurement(phase, outcome.Elapsed.TotalNanoseconds), .. CpuTime(phase, outcome)], checksum, null);

    private static IEnumerable<Measurement> CpuTime(string phase, ProcessOutcome outcome) =>
        outcome.CpuTime is { } cpu ? [new Measurement(phase, cpu.TotalNanoseconds, Metrics.CpuTime)] : [];
}
