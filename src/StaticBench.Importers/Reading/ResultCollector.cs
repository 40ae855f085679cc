using StaticBench.Schema.Model;
using StaticBench.Schema.Units;

namespace StaticBench.Importers.Reading;

/// <summary>
/// Gathers samples row by row and hands back one result per series: a result file may not hold two
/// results of one series, so repetitions (go's <c>-count</c>, Google Benchmark's repetitions) become
/// samples of one result. Values are converted to the canonical unit (<see cref="UnitTable"/>) here.
/// </summary>
public sealed class ResultCollector
{
    private readonly Dictionary<string, (BenchmarkResult Result, List<double> Samples)> _series = new(StringComparer.Ordinal);
    private readonly List<string> _order = [];
    private readonly List<SkippedRow> _skipped = [];

    public IReadOnlyList<SkippedRow> Skipped => _skipped;

    /// <summary>Adds samples, in <paramref name="measure"/>'s unit, to the series of <paramref name="name"/>.</summary>
    public void Add(BenchmarkName name, Measure measure, params IEnumerable<double> values) => Add(name, null, measure, values);

    /// <summary>Adds samples to the series of <paramref name="name"/> measured with <paramref name="engine"/> (for files that hold several engines' results).</summary>
    public void Add(BenchmarkName name, EngineInfo? engine, Measure measure, params IEnumerable<double> values)
    {
        var (unit, factor) = UnitTable.Normalize(measure.Unit);
        var result = new BenchmarkResult
        {
            Benchmark = name.Benchmark,
            Parameters = name.Parameters.Count > 0 ? name.Parameters : null,
            Engine = engine,
            Phase = measure.Phase,
            Metric = measure.Metric,
            Unit = unit,
            Better = measure.Better,
            Exact = measure.Exact ? true : null,
            Samples = [],
        };
        var key = SeriesKey.Of("", result).ToString();
        if (!_series.TryGetValue(key, out var entry))
        {
            entry = (result, []);
            _series[key] = entry;
            _order.Add(key);
        }

        entry.Samples.AddRange(values.Select(v => v * factor));
    }

    public void Skip(string source, string position, string reason) => _skipped.Add(new SkippedRow(source, position, reason));

    /// <summary>The collected results in first-seen order, each with its summary; series with no finite sample are skipped.</summary>
    public ImportedResults Build(HarnessInfo harness, DateTimeOffset? started = null)
    {
        var results = new List<BenchmarkResult>();
        foreach (var key in _order)
        {
            var (result, samples) = _series[key];
            var finite = samples.Where(double.IsFinite).ToArray();
            if (finite.Length == 0)
            {
                _skipped.Add(new SkippedRow("", result.Benchmark, $"{result.Metric}: no finite value"));
                continue;
            }

            results.Add(result with { Samples = finite, Summary = SampleSummary.Of(finite) });
        }

        return new ImportedResults(results, _skipped, harness, started);
    }
}

/// <summary>
/// What a value measures: phase, metric, the unit as the tool wrote it, which way is better, and whether
/// it is exact (deterministic: the same commit measured again gives the same value, as for allocated bytes
/// or instruction counts; result-format.md "Exact results"). Each format declares its measures; the
/// collector is the one place that turns that into <c>results[].exact</c>.
/// </summary>
public sealed record Measure(string Phase, string Metric, string Unit, Better Better = Better.Lower, bool Exact = false)
{
    /// <summary>Time per run of the benchmarked code.</summary>
    public static Measure WallTime(string unit) => new("execute", "wall-time", unit);

    /// <summary>CPU time per run of the benchmarked code.</summary>
    public static Measure CpuTime(string unit) => new("execute", "cpu-time", unit);
}
