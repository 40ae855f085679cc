namespace StaticBench.Runner.Processes;

/// <summary>Starts one process described by a <see cref="ProcessSpec"/> and waits for it. Tests swap in a fake.</summary>
public interface IProcessRunner
{
    /// <summary>True when processes run inside the sandbox; false means untrusted code runs unconfined.</summary>
    bool Sandboxed { get; }

    /// <summary>Runs <paramref name="spec"/> to completion, its time limit, or cancellation (which kills it).</summary>
    Task<ProcessOutcome> RunAsync(ProcessSpec spec, CancellationToken cancellationToken = default);
}
