using StaticBench.Schema.Model;

namespace StaticBench.Analysis.Series;

/// <summary>
/// One result of one run for a series, uncombined and including pull-request and branch runs: what
/// a table of runs shows. <see cref="OnTrend"/> says whether it also contributed to a trend point.
/// </summary>
/// <param name="Recorded">The run.</param>
/// <param name="Position">Where the result is in the run's results.</param>
/// <param name="OnTrend">Whether the result is on the series' trend.</param>
public readonly record struct SeriesObservation(
    RecordedRun Recorded,
    int Position,
    bool OnTrend)
{
    public RunInfo Run => Recorded.Run.Run;

    /// <summary>
    /// The result, whole: made from the run's columns on each call when the run holds them (<see cref="ResultColumns"/>),
    /// so code that reads only names, engine or unit reads <see cref="Header"/>.
    /// </summary>
    public BenchmarkResult Result => Recorded.Run.Results[Position];

    /// <summary>The result's samples, without making the result.</summary>
    public ReadOnlySpan<double> Samples => ResultColumns.SamplesOf(Recorded.Run.Results, Position);

    /// <summary>The result's names, parameters, engine, unit, direction and exactness, without making the result.</summary>
    public BenchmarkResult Header => ResultColumns.HeaderOf(Recorded.Run.Results, Position);

    /// <summary>
    /// The result's own summary, or its samples' computed when asked: only tables ask, for a few observations, so
    /// 600,000 results do not each keep one.
    /// </summary>
    public SampleSummary Summary => SampleSummary.Of(Result);
}
