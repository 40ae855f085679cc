using StaticBench.Importers.Reading;
using StaticBench.Schema.Model;

namespace StaticBench.Importers.Formats.Criterion;

/// <summary>
/// criterion.rs's data folder (<c>target/criterion</c>; give the folder): for each benchmark,
/// <c>.../new/benchmark.json</c> names it and <c>.../new/sample.json</c> holds its samples, each a
/// total time in ns over <c>iters</c> iterations, so a sample is <c>times[i] / iters[i]</c> ns per
/// iteration. <c>base/</c> (the previous run) and <c>change/</c> are not this run and are ignored, as
/// are <c>estimates.json</c> (recomputed) and the HTML reports. A declared throughput (<c>Bytes</c>,
/// <c>Elements</c>) adds a higher-is-better <c>throughput</c> metric per sample.
/// </summary>
public sealed class CriterionImporter : IImporter
{
    private const string NewFolder = "/new/";

    public string Name => "criterion";

    public bool Sniff(ImportSource source) =>
        source.Head.StartsWith('{') && (source.Text.Contains("\"full_id\"") && source.Text.Contains("\"group_id\"") || source.Text.Contains("\"sampling_mode\""));

    public ImportedResults Read(IReadOnlyList<ImportSource> sources)
    {
        var byPath = sources.ToDictionary(s => s.Path.Replace('\\', '/'), StringComparer.Ordinal);
        var collector = new ResultCollector();
        var found = false;
        foreach (var (path, source) in byPath.Where(p => p.Key.EndsWith($"{NewFolder}benchmark.json", StringComparison.Ordinal)).OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            found = true;
            var benchmark = JsonCursor.Parse(source);
            var samplePath = path[..^"benchmark.json".Length] + "sample.json";
            if (!byPath.TryGetValue(samplePath, out var sampleFile))
            {
                collector.Skip(path, "$", $"no {samplePath} beside it: criterion did not finish this benchmark");
                continue;
            }

            var name = NameOf(benchmark);
            var sample = JsonCursor.Parse(sampleFile);
            var iters = sample["iters"].Numbers();
            var times = sample["times"].Numbers();
            if (iters.Length != times.Length || iters.Any(i => i <= 0))
            {
                throw new ImportException(sampleFile.Path, "$.iters", $"expected as many positive iteration counts as times ({times.Length})");
            }

            var perIteration = times.Zip(iters, (t, i) => t / i).ToArray();
            collector.Add(name, Measure.WallTime("ns"), perIteration);
            if (benchmark.Optional("throughput") is { Kind: System.Text.Json.JsonValueKind.Object } throughput)
            {
                foreach (var (kind, amount) in throughput.Members())
                {
                    var unit = kind == "Bytes" ? "bytes/s" : $"{kind.ToLowerInvariant()}/s";
                    collector.Add(name, new Measure("execute", "throughput", unit, Better.Higher), perIteration.Select(ns => amount.Number() * 1e9 / ns));
                }
            }
        }

        if (!found)
        {
            throw new ImportException(sources[0].Path, "folder", "expected criterion's data folder (target/criterion), with */new/benchmark.json and */new/sample.json");
        }

        return collector.Build(new HarnessInfo { Name = Name, Version = "unknown" });
    }

    /// <summary><c>group_id</c>/<c>function_id</c>, with <c>value_str</c> (the input of <c>bench_with_input</c>) as parameter <c>input</c>.</summary>
    private static BenchmarkName NameOf(JsonCursor benchmark)
    {
        var group = benchmark["group_id"].String();
        var function = benchmark.Optional("function_id")?.String();
        var name = BenchmarkName.Parse(function is null ? group : $"{group}/{function}");
        return benchmark.Optional("value_str")?.String() is { } input ? name.With("input", BenchmarkName.Value(input)) : name;
    }
}
