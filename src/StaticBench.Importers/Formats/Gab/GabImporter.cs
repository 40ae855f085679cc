using StaticBench.Importers.Reading;
using StaticBench.Schema.Model;

namespace StaticBench.Importers.Formats.Gab;

/// <summary>
/// github-action-benchmark's custom JSON (<c>tool: customSmallerIsBetter</c> or <c>customBiggerIsBetter</c>):
/// an array of <c>{"name", "unit", "value", "range"?, "extra"?}</c>. Each entry is one result with one
/// sample. The file does not say its direction (the workflow does), so lower is better unless the unit
/// is a rate; pass the direction with <see cref="GabImporter(Better?)"/>.
/// </summary>
public sealed class GabImporter(Better? better = null) : IImporter
{
    public string Name => "gab";

    public bool Sniff(ImportSource source) =>
        source.Head.StartsWith('[') && source.Text.Contains("\"name\"") && source.Text.Contains("\"unit\"") && source.Text.Contains("\"value\"");

    public ImportedResults Read(IReadOnlyList<ImportSource> sources)
    {
        var collector = new ResultCollector();
        foreach (var source in sources)
        {
            foreach (var entry in JsonCursor.Parse(source).Items())
            {
                AddEntry(collector, entry, better, suite: null);
            }
        }

        return collector.Build(new HarnessInfo { Name = Name, Version = "custom" });
    }

    /// <summary>One <c>{name, unit, value}</c> entry (shared with the data.js history reader, which names the <paramref name="suite"/>).</summary>
    public static void AddEntry(ResultCollector collector, JsonCursor entry, Better? better, string? suite)
    {
        var (unit, unitBetter) = ToolUnit.Read(entry["unit"].String());
        var name = BenchmarkName.Parse(suite is null ? entry["name"].String() : $"{suite}/{entry["name"].String()}");
        var metric = ToolUnit.IsTime(unit) ? "wall-time" : "value";
        collector.Add(name, new Measure("execute", metric, unit, better ?? unitBetter), entry["value"].Number());
    }
}
