namespace StaticBench.Site.Model;

/// <summary>
/// A change found in a series' history, formatted for the regressions page and feed. Analysis
/// computed it (<see cref="Analysis.Findings.Finding"/>); the site only formats it.
/// </summary>
public sealed record FindingRow(
    string Id,
    bool IsRegression,
    string KindText,
    string Subject,
    string Message,
    string Change,
    string Confidence,
    string FromCommit,
    string ToCommit,
    string? RangeLink,
    string Time,
    DateTimeOffset When,
    string ToSubject,
    string BenchmarkPage,
    bool Acknowledged,
    string Note,
    string NotePath)
{
    /// <summary>The site path of the chart image of the finding's series, for the feed; null when it has none.</summary>
    public string? Image { get; init; }

    /// <summary>When a later step undid this one: "excursion up to +10.0%, back within +0.2% at 1a2b3c4d5e (2 steps, 60 commits)"; null for a standing change.</summary>
    public string? Excursion { get; init; }
}
