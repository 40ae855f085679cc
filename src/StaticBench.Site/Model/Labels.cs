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

    /// <summary>A status in a symbol, so it never rests on colour alone: ⚠ regression, ✓ improvement, = no change, ? too little data.</summary>
    public static string StatusIcon(Analysis.Findings.SeriesState state) => state switch
    {
        Analysis.Findings.SeriesState.Regression => "⚠",
        Analysis.Findings.SeriesState.Improvement => "✓",
        Analysis.Findings.SeriesState.NoChange => "=",
        _ => "?",
    };

    /// <summary>Phases in the order a module lives through them; others after these.</summary>
    private static readonly string[] PhaseOrder = ["start-up", "parse", "translate", "load", "compile", "instantiate", "execute-first", "execute", "total", "aot-compile", "aot-execute"];

    /// <summary>A phase's place in <see cref="PhaseOrder"/> (unknown phases last), for ordering charts and table columns.</summary>
    public static int PhaseRank(string phase) => Array.IndexOf(PhaseOrder, phase) is var i and >= 0 ? i : PhaseOrder.Length;

    /// <summary>A scaling fit in words: "exponent 1.98 (95% CI 1.95–2.01, R² 0.999, 4 sizes)", plus ": super-linear" when flagged.</summary>
    public static string Fit(Analysis.Scaling.ScalingFit fit) => string.Create(
        System.Globalization.CultureInfo.InvariantCulture,
        $"exponent {fit.Exponent:0.00} (95% CI {fit.ExponentLow:0.00}–{fit.ExponentHigh:0.00}, R² {fit.RSquared:0.000}, {fit.Points} sizes){(fit.SuperLinear ? ": super-linear" : "")}");
}
