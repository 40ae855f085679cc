using StaticBench.Schema.Model;

namespace StaticBench.Analysis.Series;

/// <summary>
/// One result of one run for a series, uncombined and including pull-request and branch runs: what
/// a table of runs shows. <see cref="OnTrend"/> says whether it also contributed to a trend point.
/// </summary>
public sealed record SeriesObservation(
    RecordedRun Recorded,
    BenchmarkResult Result,
    bool OnTrend)
{
    public RunInfo Run => Recorded.Run.Run;

    /// <summary>
    /// The result's own summary, or its samples' computed when asked: only tables ask, for a few observations, so
    /// 600,000 results do not each keep one.
    /// </summary>
    public SampleSummary Summary => Result.Summary ?? SampleSummary.Of(Result.Samples);
}
