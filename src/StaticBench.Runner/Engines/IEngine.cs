using StaticBench.Runner.Processes;

namespace StaticBench.Runner.Engines;

/// <summary>
/// An engine adapter: one configuration of one engine (V8 baseline, V8 optimizing, native, ...).
/// It describes runs and reads their output; it never starts a process itself. The shared
/// <see cref="IProcessRunner"/> does that, with the sandbox, limits and time limit.
/// </summary>
/// <remarks>
/// So an adapter is a probe plus two pure functions, <see cref="Plan"/> and <see cref="Read"/>, and its
/// unit tests feed <see cref="Read"/> canned output. Adapters that talk the driver protocol
/// (docs/runner.md) derive from <see cref="EngineBase"/> and only write <see cref="Plan"/> and the probe.
/// </remarks>
public interface IEngine
{
    /// <summary>Stable name, used by <c>--engine</c> and the registry, e.g. <c>v8-optimizing</c>.</summary>
    string Name { get; }

    /// <summary>The phases this engine can measure, in <see cref="Phases.All"/> order.</summary>
    IReadOnlyList<string> Phases { get; }

    /// <summary>
    /// Whether some of its phases are whole processes timed from outside (<see cref="WholeProcess"/>), whose numbers
    /// therefore include process start-up; a run with such an engine also measures that start-up on its own
    /// (<see cref="Running.StartUpReference"/>).
    /// </summary>
    bool TimesWholeProcesses => false;

    /// <summary>Finds the engine's program and version. <paramref name="tools"/> is the trusted, unsandboxed runner.</summary>
    Task<EngineProbe> ProbeAsync(IProcessRunner tools, CancellationToken cancellationToken = default);

    /// <summary>The processes of one sample, for an engine <paramref name="probe"/> found installed.</summary>
    SamplePlan Plan(EngineProbe probe, SampleRequest request);

    /// <summary>Reads one finished process of <paramref name="step"/> into measurements and a checksum, or an error.</summary>
    StepReading Read(EngineStep step, ProcessOutcome outcome);
}
