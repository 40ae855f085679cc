namespace StaticBench.Schema.Model;

/// <summary>
/// The identity of a series: machine + benchmark + parameters + engine + phase + metric.
/// Engine identity is its name and configuration (or flags when no configuration is named), not
/// its version: an engine upgrade is a point along a series, not a new series.
/// </summary>
public sealed record SeriesKey(
    string Machine,
    string Benchmark,
    string Parameters,
    string Engine,
    string Phase,
    string Metric)
{
    /// <summary>The key of <paramref name="result"/> as measured on <paramref name="machine"/>.</summary>
    public static SeriesKey Of(string machine, BenchmarkResult result) => new(
        machine,
        result.Benchmark,
        FormatParameters(result.Parameters),
        FormatEngine(result.Engine),
        result.Phase,
        result.Metric);

    /// <summary><c>a=1,b=x</c> with names in ordinal order; empty when there are none.</summary>
    public static string FormatParameters(IReadOnlyDictionary<string, ParameterValue>? parameters) =>
        parameters is null || parameters.Count == 0
            ? ""
            : string.Join(",", parameters.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value.Canonical}"));

    /// <summary><c>name</c>, or <c>name/config</c>; empty when the result names no engine.</summary>
    public static string FormatEngine(EngineInfo? engine)
    {
        if (engine is null)
        {
            return "";
        }

        var variant = engine.Config ?? engine.Flags;
        return string.IsNullOrEmpty(variant) ? engine.Name : $"{engine.Name}/{variant}";
    }

    /// <summary>A readable one-line form, also used to derive stable ids.</summary>
    public override string ToString() =>
        string.Join(" | ", new[] { Machine, Benchmark, Parameters, Engine, Phase, Metric });
}
