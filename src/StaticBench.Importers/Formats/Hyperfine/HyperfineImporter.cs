using StaticBench.Importers.Reading;
using StaticBench.Schema.Model;

namespace StaticBench.Importers.Formats.Hyperfine;

/// <summary>
/// hyperfine <c>--export-json</c>: one result per command, its <c>times</c> (seconds per run, the whole
/// process) as wall-time samples of phase <c>total</c>; <c>-P</c>/<c>-L</c> parameters become parameters.
/// hyperfine keeps user and system time only as means, so cpu-time is one sample (their sum).
/// </summary>
public sealed class HyperfineImporter : IImporter
{
    public string Name => "hyperfine";

    public bool Sniff(ImportSource source) =>
        source.Head.StartsWith('{') && source.Head.Contains("\"results\"") && source.Head.Contains("\"command\"") && source.Head.Contains("\"times\"");

    public ImportedResults Read(IReadOnlyList<ImportSource> sources)
    {
        var collector = new ResultCollector();
        foreach (var source in sources)
        {
            foreach (var row in JsonCursor.Parse(source)["results"].Items())
            {
                var name = BenchmarkName.Plain(row["command"].String());
                foreach (var (key, value) in row.Optional("parameters")?.Members() ?? [])
                {
                    name = name.With(key, BenchmarkName.Value(value.Text()));
                }

                if (row.Optional("exit_codes")?.Items().Any(code => code.Kind == System.Text.Json.JsonValueKind.Number && code.Number() != 0) == true)
                {
                    collector.Skip(source.Path, row.Path, $"'{name.Benchmark}' exited non-zero in some runs (hyperfine -i); its times are not comparable");
                    continue;
                }

                collector.Add(name, new Measure("total", "wall-time", "s"), row["times"].Numbers());
                if (row.Optional("user") is { } user && row.Optional("system") is { } system)
                {
                    collector.Add(name, new Measure("total", "cpu-time", "s"), user.Number() + system.Number());
                }
            }
        }

        return collector.Build(new HarnessInfo { Name = Name, Version = "unknown" });
    }
}
