using StaticBench.Runner.Engines;
using StaticBench.Schema.Model;

namespace StaticBench.Runner.Reporting;

/// <summary>
/// The rows every output format shows, computed once from the result file. The native ratio is the
/// engine's median over native's median of the same benchmark, size, phase and time metric (wall-time
/// over wall-time, cpu-time over cpu-time), and exists only for the execution phases (execute,
/// execute-first): the phases native also has.
/// </summary>
public static class PhaseTable
{
    public const string NativeEngine = "native";

    public static IReadOnlyList<PhaseRow> Rows(RunResult run)
    {
        var native = run.Results
            .Where(r => r.Engine?.Name == NativeEngine && IsTime(r.Metric))
            .ToDictionary(r => (r.Benchmark, Size(r), r.Phase, r.Metric), r => SampleSummary.Of(r).Median);
        return [.. run.Results.Select(r =>
        {
            var summary = SampleSummary.Of(r);
            double? ratio = IsTime(r.Metric) && r.Engine?.Name != NativeEngine
                && native.TryGetValue((r.Benchmark, Size(r), r.Phase, r.Metric), out var baseline) && baseline > 0
                ? summary.Median / baseline
                : null;
            return new PhaseRow(r.Benchmark, Size(r), EngineLabel(r.Engine), r.Phase, r.Metric, r.Unit, summary, ratio);
        })];
    }

    private static bool IsTime(string metric) => metric is Metrics.WallTime or Metrics.CpuTime;

    /// <summary><c>v8-optimizing</c>: the engine name and its configuration, as <c>--engine</c> spells it.</summary>
    public static string EngineLabel(EngineInfo? engine) => engine switch
    {
        null => "-",
        { Name: NativeEngine } => NativeEngine,
        { Config: { } config } => $"{engine.Name}-{config}",
        _ => engine.Name,
    };

    /// <summary>The size label; generated scaling modules are labelled by their size in bytes.</summary>
    private static string Size(BenchmarkResult r) =>
        r.Parameters is not { } p ? ""
        : p.TryGetValue("size", out var size) ? size.Canonical
        : p.TryGetValue("bytes", out var bytes) ? $"{bytes.Canonical} bytes"
        : "";
}
