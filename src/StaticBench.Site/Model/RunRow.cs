namespace StaticBench.Site.Model;

/// <summary>One run for <c>runs.html</c>.</summary>
public sealed record RunRow(
    string RunId,
    string Started,
    string Machine,
    string Commit,
    string? CommitUrl,
    string Subject,
    string Branch,
    bool OnTrend,
    int Results,
    string DataPath);
