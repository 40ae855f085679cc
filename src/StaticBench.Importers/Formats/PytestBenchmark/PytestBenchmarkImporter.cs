using System.Globalization;
using StaticBench.Importers.Reading;
using StaticBench.Schema.Model;

namespace StaticBench.Importers.Formats.PytestBenchmark;

/// <summary>
/// pytest-benchmark <c>--benchmark-json</c>: one result per test, named by its <c>fullname</c> without the
/// <c>[...]</c> id, with <c>params</c> as parameters. Samples are <c>stats.data</c> (seconds per round,
/// already divided by the round's iterations) when the file holds them; otherwise only
/// <c>stats.median</c> is kept, as one sample.
/// </summary>
public sealed class PytestBenchmarkImporter : IImporter
{
    public string Name => "pytest-benchmark";

    public bool Sniff(ImportSource source) =>
        source.Head.StartsWith('{') && source.Text.Contains("\"machine_info\"") && source.Text.Contains("\"benchmarks\"") && source.Text.Contains("\"fullname\"");

    public ImportedResults Read(IReadOnlyList<ImportSource> sources)
    {
        var collector = new ResultCollector();
        DateTimeOffset? started = null;
        string? version = null;
        foreach (var source in sources)
        {
            var root = JsonCursor.Parse(source);
            version ??= root.Optional("version")?.String();
            if (root.Optional("datetime")?.String() is { } text &&
                DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var when))
            {
                started ??= when;
            }

            foreach (var test in root["benchmarks"].Items())
            {
                var fullName = test["fullname"].String();
                var cut = fullName.IndexOf('[');
                var name = BenchmarkName.Plain(cut > 0 ? fullName[..cut] : fullName);
                foreach (var (key, value) in test.Optional("params")?.Members() ?? [])
                {
                    name = name.With(key, BenchmarkName.Value(value.Text()));
                }

                var stats = test["stats"];
                collector.Add(name, Measure.WallTime("s"), stats.Optional("data")?.Numbers() ?? [stats["median"].Number()]);
            }
        }

        return collector.Build(new HarnessInfo { Name = Name, Version = version ?? "unknown" }, started);
    }
}
