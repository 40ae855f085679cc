using System.Text.Json;
using StaticBench.Importers.Reading;
using StaticBench.Schema.Model;

namespace StaticBench.Importers.Formats.Jmh;

/// <summary>
/// JMH's JSON result file (<c>-rf json -rff FILE</c>): an array with one entry per benchmark and parameter
/// combination. The primary metric's <c>rawData</c> (one score per measurement iteration, per fork) are the
/// samples; in sample-time mode, <c>rawDataHistogram</c> (value, count pairs per iteration) is expanded. Each
/// secondary metric (the profilers' <c>·gc.alloc.rate.norm</c>, <c>@AuxCounters</c>) is a metric of its own
/// with its own raw data. <c>params</c> become parameters and <c>threads</c> ≠ 1 a parameter.
/// JMH writes <c>"NaN"</c> for a score it could not compute; such values are left out.
/// </summary>
public sealed class JmhImporter : IImporter
{
    public string Name => "jmh";

    public bool Sniff(ImportSource source) =>
        source.Head.StartsWith('[') && source.Text.Contains("\"primaryMetric\"") && source.Text.Contains("\"benchmark\"");

    public ImportedResults Read(IReadOnlyList<ImportSource> sources)
    {
        var collector = new ResultCollector();
        string? version = null;
        foreach (var source in sources)
        {
            foreach (var entry in JsonCursor.Parse(source).Items())
            {
                version ??= entry.Optional("jmhVersion")?.String();
                ReadEntry(entry, collector);
            }
        }

        return collector.Build(new HarnessInfo { Name = Name, Version = version ?? "unknown" });
    }

    private static void ReadEntry(JsonCursor entry, ResultCollector collector)
    {
        var name = BenchmarkName.Plain(entry["benchmark"].String());
        foreach (var (key, value) in entry.Optional("params")?.Members() ?? [])
        {
            name = name.With(key, BenchmarkName.Value(value.Text()));
        }

        if (entry.Optional("threads") is { } threads && threads.Number() != 1)
        {
            name = name.With("threads", ParameterValue.Of(threads.Number()));
        }

        var primary = entry["primaryMetric"];
        var mode = entry["mode"].String();
        var samples = primary.Optional("rawDataHistogram") is { } histogram ? Expand(histogram) : Scores(primary["rawData"]);
        Add(collector, name, mode == "thrpt" ? "throughput" : "wall-time", primary["scoreUnit"].String(), samples);

        foreach (var (metric, secondary) in entry.Optional("secondaryMetrics")?.Members() ?? [])
        {
            Add(collector, name, MetricName(metric), secondary["scoreUnit"].String(), Scores(secondary["rawData"]));
        }
    }

    private static void Add(ResultCollector collector, BenchmarkName name, string metric, string scoreUnit, IEnumerable<double> samples)
    {
        var (unit, factor, better) = JmhUnit.Read(scoreUnit);
        collector.Add(name, new Measure("execute", metric, unit, better), samples.Select(s => s * factor));
    }

    /// <summary><c>rawData</c>: per fork, one score per iteration; <c>"NaN"</c> scores are dropped.</summary>
    private static IEnumerable<double> Scores(JsonCursor rawData) =>
        rawData.Items().SelectMany(fork => fork.Items()).Where(IsFinite).Select(score => score.Number());

    /// <summary><c>rawDataHistogram</c>: per fork, per iteration, <c>[value, count]</c> pairs; each value counted <c>count</c> times.</summary>
    private static IEnumerable<double> Expand(JsonCursor histogram) =>
        histogram.Items().SelectMany(fork => fork.Items()).SelectMany(iteration => iteration.Items()).SelectMany(pair =>
        {
            var items = pair.Items().ToArray();
            return items.Length == 2 && IsFinite(items[0]) ? Enumerable.Repeat(items[0].Number(), (int)items[1].Number()) : throw pair.Expected("a [value, count] pair");
        });

    private static bool IsFinite(JsonCursor score) => score.Kind == JsonValueKind.Number || score.Kind == JsonValueKind.String && score.Text() is not ("NaN" or "+INF" or "-INF");

    /// <summary><c>·gc.alloc.rate.norm</c> → <c>gc.alloc.rate.norm</c>: JMH marks profiler metrics with a middle dot.</summary>
    private static string MetricName(string metric) => metric.TrimStart('·', ':').Trim();
}
