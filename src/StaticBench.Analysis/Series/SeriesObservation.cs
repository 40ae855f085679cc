using StaticBench.Schema.Model;

namespace StaticBench.Analysis.Series;

/// <summary>
/// One result of one run for a series, uncombined and including pull-request and branch runs: what
/// a table of runs shows. <see cref="OnTrend"/> says whether it also contributed to a trend point.
/// </summary>
public sealed record SeriesObservation(
    RecordedRun Recorded,
    BenchmarkResult Result,
    SampleSummary Summary,
    bool OnTrend)
{
    public RunInfo Run => Recorded.Run.Run;
}
