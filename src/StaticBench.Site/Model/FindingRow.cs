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
}
