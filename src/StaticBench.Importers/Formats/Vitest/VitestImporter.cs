using StaticBench.Importers.Reading;
using StaticBench.Schema.Model;

namespace StaticBench.Importers.Formats.Vitest;

/// <summary>
/// <c>vitest bench --outputJson FILE</c>: <c>files[].groups[].benchmarks[]</c>. A benchmark is named
/// <c>GROUP/NAME</c> (<c>sort.bench.mjs &gt; sort/size=100</c>, so <c>size=100</c> becomes a parameter). Its
/// <c>samples</c> (milliseconds per call, from tinybench) are the wall-time samples when the file holds
/// them; vitest 4 writes them empty, and then the <c>median</c> is the one sample.
/// </summary>
public sealed class VitestImporter : IImporter
{
    public string Name => "vitest";

    public bool Sniff(ImportSource source) =>
        source.Head.StartsWith('{') && source.Text.Contains("\"files\"") && source.Text.Contains("\"groups\"") && source.Text.Contains("\"benchmarks\"");

    public ImportedResults Read(IReadOnlyList<ImportSource> sources)
    {
        var collector = new ResultCollector();
        foreach (var source in sources)
        {
            foreach (var file in JsonCursor.Parse(source)["files"].Items())
            {
                foreach (var group in file["groups"].Items())
                {
                    var groupName = group["fullName"].String();
                    foreach (var benchmark in group["benchmarks"].Items())
                    {
                        var name = BenchmarkName.Parse($"{groupName}/{benchmark["name"].String()}");
                        var samples = benchmark.Optional("samples")?.Numbers() ?? [];
                        collector.Add(name, Measure.WallTime("ms"), samples.Length > 0 ? samples : [benchmark["median"].Number()]);
                    }
                }
            }
        }

        return collector.Build(new HarnessInfo { Name = Name, Version = "unknown" });
    }
}
