using StaticBench.Importers.Reading;
using StaticBench.Schema.Model;

namespace StaticBench.Importers.Formats.Bmf;

/// <summary>
/// Bencher Metric Format: <c>{"BENCHMARK": {"MEASURE": {"value": N, "lower_value"?: N, "upper_value"?: N}}}</c>.
/// Each measure is one result with one sample (the value); the bounds are not samples and are dropped.
/// Bencher's built-in measures map to units: <c>latency</c> ns (lower is better), <c>throughput</c>
/// ops/s (higher), <c>file-size</c> bytes, <c>build-time</c> s, <c>instructions</c>/<c>cycles</c> counts.
/// File sizes and the counts (Bencher takes them from Iai/Callgrind, a simulator) are exact.
/// </summary>
public sealed class BmfImporter : IImporter
{
    private static readonly Dictionary<string, Measure> BuiltIn = new(StringComparer.Ordinal)
    {
        ["latency"] = new("execute", "wall-time", "ns"),
        ["throughput"] = new("execute", "throughput", "ops/s", Better.Higher),
        ["file-size"] = new("build", "file-size", "bytes", Exact: true),
        ["build-time"] = new("build", "wall-time", "s"),
        ["instructions"] = new("execute", "instructions", "count", Exact: true),
        ["cycles"] = new("execute", "cycles", "count", Exact: true),
        ["l1-accesses"] = new("execute", "l1-accesses", "count", Exact: true),
        ["l2-accesses"] = new("execute", "l2-accesses", "count", Exact: true),
        ["ram-accesses"] = new("execute", "ram-accesses", "count", Exact: true),
        ["estimated-cycles"] = new("execute", "estimated-cycles", "count", Exact: true),
    };

    public string Name => "bmf";

    public bool Sniff(ImportSource source) =>
        source.Head.StartsWith('{') && source.Text.Contains("\"value\"") && !source.Text.Contains("\"results\"") && !source.Text.Contains("\"benchmarks\"") && !source.Text.Contains("\"Benchmarks\"");

    public ImportedResults Read(IReadOnlyList<ImportSource> sources)
    {
        var collector = new ResultCollector();
        foreach (var source in sources)
        {
            foreach (var (benchmark, measures) in JsonCursor.Parse(source).Members())
            {
                foreach (var (measure, metric) in measures.Members())
                {
                    var kind = BuiltIn.GetValueOrDefault(measure) ?? new Measure("execute", measure, "count");
                    collector.Add(BenchmarkName.Parse(benchmark), kind, metric["value"].Number());
                }
            }
        }

        return collector.Build(new HarnessInfo { Name = Name, Version = "0" });
    }
}
