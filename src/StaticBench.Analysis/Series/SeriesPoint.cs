namespace StaticBench.Analysis.Series;

/// <summary>
/// One point of a trend line: everything measured for one series at one project commit on the main
/// branch. Several runs at the same commit are combined into one point (their samples pooled, the
/// median taken over all of them), because a trend line with two dots at one x reads as noise.
/// </summary>
/// <param name="Commit">The project commit (x-axis position, via <see cref="SeriesSet.CommitOrder"/>).</param>
/// <param name="CommitTime">The project commit's time.</param>
/// <param name="Subject">First line of the commit message.</param>
/// <param name="Median">Median of all pooled samples.</param>
/// <param name="Min">Smallest pooled sample (or harness minimum).</param>
/// <param name="Max">Largest pooled sample (or harness maximum).</param>
/// <param name="SampleCount">How many samples the point is made of.</param>
/// <param name="RunIds">The runs combined into this point, oldest recorded first.</param>
/// <param name="DataPaths">Their result files in the data repository.</param>
/// <param name="EngineVersion">Engine version of the most recently recorded of those runs.</param>
/// <param name="RecordedAt">When the most recent of those runs was recorded.</param>
/// <param name="PullRequest">The pull request, when the runs were for one (never on a main-branch trend today).</param>
public sealed record SeriesPoint(
    string Commit,
    DateTimeOffset CommitTime,
    string Subject,
    double Median,
    double Min,
    double Max,
    int SampleCount,
    IReadOnlyList<string> RunIds,
    IReadOnlyList<string> DataPaths,
    string? EngineVersion,
    DateTimeOffset RecordedAt,
    int? PullRequest)
{
    /// <summary>Low end of the distribution-free 95% interval of <see cref="Median"/> (<see cref="MedianInterval"/>); <see cref="Min"/> when unknown.</summary>
    public double MedianLow { get; init; } = Min;

    /// <summary>High end of that interval; <see cref="Max"/> when unknown.</summary>
    public double MedianHigh { get; init; } = Max;
}
