using StaticBench.Analysis.Series;
using StaticBench.Schema.Model;

namespace StaticBench.Site.Model;

/// <summary>Short texts shared by several rows: engine and branch labels, change verdict classes.</summary>
public static class Labels
{
    public static string Engine(string engine) => engine.Length > 0 ? engine : "(no engine)";

    /// <summary><c>main</c>, or <c>feature/x · PR #12</c>.</summary>
    public static string Branch(ProjectInfo project) =>
        project.PullRequest is { } pr ? $"{project.Branch} · PR #{pr}" : project.Branch;

    /// <summary>CSS class of a change: <c>better</c>, <c>worse</c>, <c>neutral</c> or <c>none</c>.</summary>
    public static string ChangeClass(SeriesChange? change) => change?.Verdict switch
    {
        ChangeVerdict.Improvement => "better",
        ChangeVerdict.Regression => "worse",
        ChangeVerdict.Neutral => "neutral",
        _ => "none",
    };

    /// <summary>▲ or ▼ for a change outside the neutral band; nothing for noise or no change.</summary>
    public static string Arrow(SeriesChange? change) => change switch
    {
        null or { Verdict: ChangeVerdict.Neutral } => "",
        { Ratio: > 0 } => "▲",
        _ => "▼",
    };
}
