using StaticBench.Importers.Reading;
using StaticBench.Schema.Model;

namespace StaticBench.Importers.Formats.BenchmarkDotNet;

/// <summary>
/// BenchmarkDotNet's JSON exporters (full, full-compressed, brief) and its measurements CSV
/// (<see cref="BenchmarkDotNetMeasurementsCsv"/>). A benchmark is <c>Namespace.Type.Method</c>; its
/// <c>Parameters</c> (<c>N=100&amp;Kind=hex</c>) become parameters. Samples are the <c>Measurements</c> of the
/// Workload/Result stage divided by their operation count (nanoseconds per operation), which is what
/// BenchmarkDotNet's own statistics use: overhead already subtracted, upper outliers already removed.
/// Brief JSON has no measurements; there the samples are <c>Statistics.OriginalValues</c>. The
/// <c>Metrics</c> (allocated bytes per operation, GC counts per 1000 operations, ...) become metrics of
/// their own, one sample each, with the unit and direction their descriptor gives.
/// </summary>
public sealed class BenchmarkDotNetImporter : IImporter
{
    public string Name => "benchmarkdotnet";

    public bool Sniff(ImportSource source) =>
        (source.Head.StartsWith('{') && source.Text.Contains("\"Benchmarks\"") && source.Text.Contains("\"HostEnvironmentInfo\"")) ||
        BenchmarkDotNetMeasurementsCsv.Sniff(source);

    public ImportedResults Read(IReadOnlyList<ImportSource> sources)
    {
        var collector = new ResultCollector();
        string? version = null;
        foreach (var source in sources)
        {
            if (BenchmarkDotNetMeasurementsCsv.Sniff(source))
            {
                BenchmarkDotNetMeasurementsCsv.Read(source, collector);
                continue;
            }

            var root = JsonCursor.Parse(source);
            version ??= root.Optional("HostEnvironmentInfo")?.Optional("BenchmarkDotNetVersion")?.String();
            foreach (var benchmark in root["Benchmarks"].Items())
            {
                ReadBenchmark(benchmark, collector);
            }
        }

        return collector.Build(new HarnessInfo { Name = Name, Version = version ?? "unknown" });
    }

    private static void ReadBenchmark(JsonCursor benchmark, ResultCollector collector)
    {
        var name = NameOf(benchmark.Optional("Namespace")?.String(), benchmark["Type"].String(), benchmark["Method"].String(), benchmark.Optional("Parameters")?.String());
        var samples = benchmark.Optional("Measurements") is { } measurements
            ? [.. measurements.Items()
                .Where(m => m["IterationMode"].String() == "Workload" && m["IterationStage"].String() == "Result")
                .Select(m => m["Nanoseconds"].Number() / Math.Max(1, m["Operations"].Number()))]
            : benchmark.Optional("Statistics")?.Optional("OriginalValues")?.Numbers() ?? [];
        if (samples.Length == 0)
        {
            collector.Skip(benchmark.File, benchmark.Path, $"'{name.Benchmark}' has no Result measurements (it failed, or the file was cut)");
            return;
        }

        collector.Add(name, Measure.WallTime("ns"), samples);
        foreach (var metric in benchmark.Optional("Metrics")?.Items() ?? [])
        {
            var descriptor = metric["Descriptor"];
            var (unit, _) = ToolUnit.Read(descriptor.Optional("Unit")?.String() is { Length: > 0 } u ? u.ToLowerInvariant() == "count" ? "count" : u : "count");
            var better = descriptor.Optional("TheGreaterTheBetter")?.Kind == System.Text.Json.JsonValueKind.True ? Better.Higher : Better.Lower;
            var metricName = MetricName(descriptor["Id"].String());
            collector.Add(name, new Measure("execute", metricName, unit, better, Exact: metricName == AllocatedMemory), metric["Value"].Number());
        }
    }

    /// <summary><c>Namespace.Type.Method</c> with the parameters string read as <c>key=value&amp;...</c>.</summary>
    public static BenchmarkName NameOf(string? ns, string type, string method, string? parameters)
    {
        var benchmark = string.IsNullOrEmpty(ns) ? $"{type}.{method}" : $"{ns}.{type}.{method}";
        var name = BenchmarkName.Plain(benchmark);
        foreach (var pair in (parameters ?? "").Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var cut = pair.IndexOf('=');
            if (cut > 0)
            {
                name = name.With(pair[..cut], BenchmarkName.Value(pair[(cut + 1)..]));
            }
        }

        return name;
    }

    /// <summary>
    /// Bytes allocated per operation: exact for deterministic code. The GC counts are not (they depend on
    /// when collections happen).
    /// </summary>
    private const string AllocatedMemory = "allocated-memory";

    /// <summary><c>Allocated Memory</c> → <c>allocated-memory</c>, <c>Gen0Collects</c> → <c>gen0collects</c>.</summary>
    private static string MetricName(string id) => id.Trim().ToLowerInvariant().Replace(' ', '-');
}
