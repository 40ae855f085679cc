using StaticBench.Schema.Model;

namespace StaticBench.Runner.Running;

/// <summary>
/// What a run hands on: the result file content (null when nothing was measured), the errors, and the
/// notes a user should read (engines skipped because they are missing, the sandbox in use, sizes left out).
/// </summary>
public sealed record RunReport(RunResult? Result, IReadOnlyList<RunError> Errors, IReadOnlyList<string> Notes)
{
    public bool Succeeded => Result is not null && Errors.Count == 0;
}
