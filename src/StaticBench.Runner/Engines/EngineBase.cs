using StaticBench.Runner.Processes;

namespace StaticBench.Runner.Engines;

/// <summary>
/// The chores shared by adapters whose processes speak the <see cref="DriverProtocol"/>: a time-out, a
/// crash or a missing checksum is an error with the tail of stderr, never a number.
/// </summary>
public abstract class EngineBase : IEngine
{
    public abstract string Name { get; }

    public abstract IReadOnlyList<string> Phases { get; }

    public abstract Task<EngineProbe> ProbeAsync(IProcessRunner tools, CancellationToken cancellationToken = default);

    public abstract SamplePlan Plan(EngineProbe probe, SampleRequest request);

    public virtual StepReading Read(EngineStep step, ProcessOutcome outcome)
    {
        if (outcome.TimedOut)
        {
            return StepReading.Failed($"{step.Name}: timed out after {step.Process.TimeLimit.TotalSeconds:0.#} s (killed)");
        }

        var reading = DriverProtocol.Parse(outcome.Stdout);
        if (reading.IsError)
        {
            return reading with { Error = $"{step.Name}: {reading.Error}" };
        }

        if (outcome.ExitCode != 0)
        {
            return StepReading.Failed($"{step.Name}: exited with code {outcome.ExitCode}: {Tail(outcome)}");
        }

        return reading.Measurements.Count == 0
            ? StepReading.Failed($"{step.Name}: printed no measurements: {Tail(outcome)}")
            : reading;
    }

    private static string Tail(ProcessOutcome outcome) =>
        outcome.StderrTail() is { Length: > 0 } tail ? tail : "(no output on stderr)";
}
