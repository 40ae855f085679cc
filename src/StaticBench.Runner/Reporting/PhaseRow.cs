using StaticBench.Schema.Model;

namespace StaticBench.Runner.Reporting;

/// <summary>
/// One line of the run's report: a benchmark at a size on an engine in a phase, as
/// [low median high] (the samples' min, median and max), with the ratio to native where it means something.
/// </summary>
public sealed record PhaseRow(
    string Benchmark,
    string Size,
    string Engine,
    string Phase,
    string Metric,
    string Unit,
    SampleSummary Summary,
    double? NativeRatio)
{
    /// <summary>What follows the benchmark's name in a heading: <c> [small]</c>, or nothing when there is no size (<c>process/start-up</c>).</summary>
    public string SizeSuffix => Size.Length == 0 ? "" : $" [{Size}]";

    /// <summary>The block heading: <c>wasm/sort [small]</c>.</summary>
    public string Heading => Benchmark + SizeSuffix;
}
