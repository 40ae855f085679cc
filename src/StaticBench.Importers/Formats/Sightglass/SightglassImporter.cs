using CsvHelper;
using StaticBench.Importers.Reading;
using StaticBench.Schema.Model;

namespace StaticBench.Importers.Formats.Sightglass;

/// <summary>
/// sightglass-cli's <c>benchmark --output-format json</c> (an array of measurements) and
/// <c>--output-format csv</c> (the same fields as columns, with or without the header line, with or
/// without the newer <c>engine_flags</c> column). Every row is one iteration's count of one event in one
/// phase, so every iteration is a sample; the benchmark is the Wasm file, the engine a readable name for
/// the engine library (<see cref="SightglassEngineName"/>), with its flags (see <see cref="SightglassMeasurement"/>).
/// </summary>
public sealed class SightglassImporter : IImporter
{
    private static readonly string[] Phases = ["Compilation", "Instantiation", "Execution"];

    public string Name => "sightglass";

    public bool Sniff(ImportSource source) =>
        (source.Head.StartsWith('[') && source.Text.Contains("\"phase\"") && source.Text.Contains("\"event\"") && source.Text.Contains("\"iteration\"")) ||
        source.Head.StartsWith("arch,engine,", StringComparison.Ordinal) ||
        HeaderlessColumns(source.Head.Split('\n')[0]) is not null;

    public ImportedResults Read(IReadOnlyList<ImportSource> sources)
    {
        var rows = sources.SelectMany(source => source.Head.StartsWith('[') ? JsonRows(source) : CsvRows(source)).ToList();
        var engines = SightglassEngineName.Of(rows.Select(row => row.Engine));
        var collector = new ResultCollector();
        foreach (var row in rows)
        {
            row.AddTo(collector, engines[row.Engine]);
        }

        return collector.Build(new HarnessInfo { Name = Name, Version = "unknown" });
    }

    private static IEnumerable<SightglassMeasurement> JsonRows(ImportSource source) =>
        JsonCursor.Parse(source).Items().Select(row => new SightglassMeasurement(
            row["engine"].String(), row.Optional("engine_flags")?.String(), row["wasm"].String(), row["phase"].String(), row["event"].String(), row["count"].Number(), row.File, row.Path));

    private static List<SightglassMeasurement> CsvRows(ImportSource source)
    {
        var headerless = HeaderlessColumns(source.Head.Split('\n')[0]);
        using var csv = CsvReader.FromText(source.Text, new CsvReaderOptions { HasHeader = headerless is null, TrackLineNumbers = true });
        var rows = new List<SightglassMeasurement>();
        while (csv.Read())
        {
            var position = $"line {csv.LineNumber}";
            string? Field(string name, bool required = true)
            {
                var index = headerless is null ? (csv.TryGetFieldIndex(name, out var i) ? i : -1) : Array.IndexOf(headerless, name);
                return index >= 0 && index < csv.FieldCount ? csv.GetString(index)
                    : !required ? null
                    : headerless is null ? throw new ImportException(source.Path, "line 1", $"expected a {name} column in the header")
                    : throw new ImportException(source.Path, position, $"expected {headerless.Length} fields ({string.Join(',', headerless)})");
            }

            var count = Field("count")!;
            if (!ToolUnit.TryParseNumber(count, out var value))
            {
                throw new ImportException(source.Path, position, $"expected a number in count, found \"{count}\"");
            }

            rows.Add(new SightglassMeasurement(Field("engine")!, Field("engine_flags", required: false), Field("wasm")!, Field("phase")!, Field("event")!, value, source.Path, position));
        }

        return rows;
    }

    /// <summary>A CSV row written without the header: 8 fields (9 with engine_flags), a sightglass phase third from the end.</summary>
    private static string[]? HeaderlessColumns(string line) =>
        line.TrimEnd('\r').Split(',') is var fields && fields.Length >= 8 && Phases.Contains(fields[^3])
            ? fields.Length switch
            {
                8 => SightglassMeasurement.Columns,
                9 => SightglassMeasurement.ColumnsWithFlags,
                _ => null,
            }
            : null;
}
