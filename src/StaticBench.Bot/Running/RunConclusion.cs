namespace StaticBench.Bot.Running;

/// <summary>
/// The commit status a run earns (docs/bot.md, "Statuses"): <see cref="Failure"/> when the head broke (a
/// wrong answer, a crash, a series measured on one side only, a regression beyond the gate), <see cref="Error"/>
/// when this machine failed (checkout, the merge base's build, the sandbox, GitHub), <see cref="Success"/> only
/// when every requested series was measured on both sides and none regressed beyond the gate.
/// </summary>
public enum RunConclusion
{
    Success,
    Failure,
    Error,
}

/// <summary>The word GitHub's commit-status API takes for each conclusion.</summary>
public static class RunConclusionStatus
{
    public static string State(this RunConclusion conclusion) => conclusion switch
    {
        RunConclusion.Success => "success",
        RunConclusion.Failure => "failure",
        _ => "error",
    };
}

/// <summary>
/// A run that could not finish. <see cref="PublicMessage"/> is safe to show on GitHub (no host paths, no
/// sandbox internals); <see cref="Exception.Message"/> holds the details for the bot's log.
/// </summary>
public sealed class RunFailedException(RunConclusion conclusion, string publicMessage, string detail, Exception? inner = null)
    : Exception(detail, inner)
{
    public RunConclusion Conclusion { get; } = conclusion;

    public string PublicMessage { get; } = publicMessage;
}
