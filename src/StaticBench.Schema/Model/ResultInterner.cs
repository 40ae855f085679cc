using System.Collections.Concurrent;

namespace StaticBench.Schema.Model;

/// <summary>
/// Shares the strings and small records that repeat across thousands of result files (benchmark names, phases,
/// metrics, units, engines, parameter sets), so a history of 600,000 results holds each once instead of once per
/// result. Safe from several threads; one per history read.
/// </summary>
public sealed class ResultInterner
{
    private readonly ConcurrentDictionary<string, string> _strings = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<EngineInfo, EngineInfo> _engines = new();
    private readonly ConcurrentDictionary<string, IReadOnlyDictionary<string, ParameterValue>> _parameters = new(StringComparer.Ordinal);

    public string String(string value) => _strings.GetOrAdd(value, value);

    /// <summary>The shared copy of <paramref name="result"/>'s repeating parts, with its samples in an exactly sized array.</summary>
    public BenchmarkResult Result(BenchmarkResult result) => result with
    {
        Benchmark = String(result.Benchmark),
        Phase = String(result.Phase),
        Metric = String(result.Metric),
        Unit = String(result.Unit),
        Engine = result.Engine is { } engine ? _engines.GetOrAdd(engine, engine) : null,
        Parameters = result.Parameters is { Count: > 0 } parameters ? _parameters.GetOrAdd(SeriesKey.FormatParameters(parameters), parameters) : result.Parameters,
        Samples = result.Samples as double[] ?? [.. result.Samples],
    };
}
