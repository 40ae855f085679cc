using StaticBench.Runner.Engines;
using StaticBench.Runner.Suite;
using StaticBench.Schema.Model;

namespace StaticBench.Runner.Running;

/// <summary>
/// The kept samples of a run, keyed by case, engine and phase/metric, in the order measured. A pair's
/// series come in phase order, wall time first within a phase, then the other metrics by name.
/// </summary>
public sealed class SampleSet
{
    private readonly Dictionary<(BenchmarkCase Case, string Engine), Dictionary<(string Phase, string Metric, string Parameters), Series>> samples = [];

    public sealed record Series(string Phase, string Metric, string Unit, Better Better, List<double> Values)
    {
        /// <summary>The measurement's own parameters (<see cref="Measurement.Parameters"/>), added to the benchmark's.</summary>
        public IReadOnlyDictionary<string, ParameterValue>? Parameters { get; init; }
    }

    public List<RunError> Errors { get; } = [];

    public List<string> Notes { get; } = [];

    private readonly Dictionary<(string Engine, string Reason), int> skipped = [];

    /// <summary>Counts a case an engine did not run, for one line per engine and reason at the end.</summary>
    public void Skip(string engine, string reason) => skipped[(engine, reason)] = skipped.GetValueOrDefault((engine, reason)) + 1;

    /// <summary>Adds one note per engine and reason: "native: not run on 12 case(s): no native build of this benchmark".</summary>
    public void SummarizeSkips() =>
        Notes.AddRange(skipped.Select(s => $"{s.Key.Engine}: not run on {s.Value} case(s): {s.Key.Reason}"));

    public void Add(BenchmarkCase benchmark, string engine, Measurement measurement)
    {
        if (!samples.TryGetValue((benchmark, engine), out var byPhase))
        {
            samples[(benchmark, engine)] = byPhase = [];
        }

        var key = (measurement.Phase, measurement.Metric, measurement.ParametersKey);
        if (!byPhase.TryGetValue(key, out var series))
        {
            byPhase[key] = series =
                new Series(measurement.Phase, measurement.Metric, measurement.Unit, measurement.Better, []) { Parameters = measurement.Parameters };
        }

        series.Values.Add(measurement.Value);
    }

    /// <summary>Drops everything measured for a pair that then failed: its numbers are not to be trusted.</summary>
    public void Discard(BenchmarkCase benchmark, string engine) => samples.Remove((benchmark, engine));

    public IReadOnlyList<Series> For(BenchmarkCase benchmark, string engine) =>
        samples.TryGetValue((benchmark, engine), out var byPhase)
            ? [.. byPhase.Values.OrderBy(s => Order(s.Phase)).ThenBy(s => s.Metric != Metrics.WallTime).ThenBy(s => s.Metric, StringComparer.Ordinal)]
            : [];

    private static int Order(string phase) => Phases.All.ToList().IndexOf(phase) is var i and >= 0 ? i : int.MaxValue;
}
