using System.Globalization;
using StaticBench.Importers.Reading;
using StaticBench.Schema.Model;

namespace StaticBench.Importers.Formats.GoogleBenchmark;

/// <summary>
/// Google Benchmark <c>--benchmark_format=json</c> / <c>--benchmark_out</c>: each iteration row (each
/// repetition) is one sample of real time (wall-time) and CPU time, per iteration, in the row's
/// <c>time_unit</c>; aggregate rows (mean, median, stddev, cv, BigO) are skipped because they are
/// recomputed from the repetitions. <c>bytes_per_second</c> and <c>items_per_second</c> become their own
/// higher-is-better metrics; other members not known to the format are user counters, kept as metrics
/// of unit count (the JSON does not say their direction, so lower is assumed).
/// </summary>
public sealed class GoogleBenchmarkImporter : IImporter
{
    private static readonly HashSet<string> Known =
    [
        "name", "family_index", "per_family_instance_index", "run_name", "run_type", "repetitions", "repetition_index",
        "threads", "iterations", "real_time", "cpu_time", "time_unit", "aggregate_name", "aggregate_unit",
        "bytes_per_second", "items_per_second", "label", "error_occurred", "error_message", "big_o", "rms",
    ];

    public string Name => "google-benchmark";

    public bool Sniff(ImportSource source) =>
        source.Head.StartsWith('{') && source.Head.Contains("\"context\"") && source.Text.Contains("\"benchmarks\"") && source.Text.Contains("\"time_unit\"");

    public ImportedResults Read(IReadOnlyList<ImportSource> sources)
    {
        var collector = new ResultCollector();
        DateTimeOffset? started = null;
        foreach (var source in sources)
        {
            var root = JsonCursor.Parse(source);
            if (root.Optional("context")?.Optional("date") is { } date &&
                DateTimeOffset.TryParse(date.String(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var when))
            {
                started ??= when;
            }

            foreach (var row in root["benchmarks"].Items())
            {
                Read(row, collector);
            }
        }

        return collector.Build(new HarnessInfo { Name = Name, Version = "unknown" }, started);
    }

    private static void Read(JsonCursor row, ResultCollector collector)
    {
        var label = row["name"].String();
        if (row.Optional("run_type")?.String() == "aggregate")
        {
            collector.Skip(row.File, row.Path, $"'{label}' is an aggregate; it is recomputed from the repetitions");
            return;
        }

        if (row.Optional("error_occurred") is { Kind: System.Text.Json.JsonValueKind.True })
        {
            collector.Skip(row.File, row.Path, $"'{label}' failed: {row.Optional("error_message")?.Text()}");
            return;
        }

        var name = BenchmarkName.Parse(row.Optional("run_name")?.String() ?? label);
        if (row.Optional("threads") is { } threads && threads.Number() != 1 && !name.Parameters.ContainsKey("threads"))
        {
            name = name.With("threads", ParameterValue.Of(threads.Number()));
        }

        var unit = row.Optional("time_unit")?.String() ?? "ns";
        collector.Add(name, Measure.WallTime(unit), row["real_time"].Number());
        collector.Add(name, Measure.CpuTime(unit), row["cpu_time"].Number());
        foreach (var (member, value) in row.Members().Where(m => !Known.Contains(m.Name) && m.Value.Kind == System.Text.Json.JsonValueKind.Number))
        {
            collector.Add(name, new Measure("execute", member, "count"), value.Number());
        }

        if (row.Optional("bytes_per_second") is { } bytes)
        {
            collector.Add(name, new Measure("execute", "throughput", "bytes/s", Better.Higher), bytes.Number());
        }

        if (row.Optional("items_per_second") is { } items)
        {
            collector.Add(name, new Measure("execute", "items-per-second", "items/s", Better.Higher), items.Number());
        }
    }
}
