using StaticBench.Runner.Processes;

namespace StaticBench.Runner.Engines;

/// <summary>
/// The chores shared by adapters whose processes speak the <see cref="DriverProtocol"/>: a time-out, a
/// crash or a missing measurement is an error with the tail of stderr (<see cref="StepRefusals"/>), never a number.
/// </summary>
public abstract class EngineBase : IEngine
{
    public abstract string Name { get; }

    public abstract IReadOnlyList<string> Phases { get; }

    public virtual bool TimesWholeProcesses => false;

    public abstract Task<EngineProbe> ProbeAsync(IProcessRunner tools, CancellationToken cancellationToken = default);

    public abstract SamplePlan Plan(EngineProbe probe, SampleRequest request);

    public virtual StepReading Read(EngineStep step, ProcessOutcome outcome)
    {
        if (StepRefusals.TimedOut(step, outcome) is { } timedOut)
        {
            return timedOut;
        }

        // The driver's own error explains a failure better than its exit code, so it comes first.
        var reading = DriverProtocol.Parse(outcome.Stdout);
        if (reading.IsError)
        {
            return reading with { Error = $"{step.Name}: {reading.Error}" };
        }

        return StepRefusals.Crashed(step, outcome)
            ?? (reading.Measurements.Count == 0 ? StepRefusals.NothingMeasured(step, outcome) : reading);
    }
}
