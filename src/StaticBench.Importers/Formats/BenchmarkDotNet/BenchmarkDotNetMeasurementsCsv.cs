using CsvHelper;
using StaticBench.Importers.Reading;

namespace StaticBench.Importers.Formats.BenchmarkDotNet;

/// <summary>
/// BenchmarkDotNet's measurements CSV (<c>--exporters csvmeasurements</c>): one row per iteration. Rows of
/// the Workload/Result stage become samples, <c>Measurement_Nanoseconds / Measurement_Operations</c>,
/// as in the JSON. The separator follows the culture BenchmarkDotNet ran under (<c>,</c> or <c>;</c>).
/// </summary>
public static class BenchmarkDotNetMeasurementsCsv
{
    private const string Header = "Target,Target_Namespace";

    public static bool Sniff(ImportSource source) =>
        source.Head.StartsWith(Header, StringComparison.Ordinal) || source.Head.StartsWith(Header.Replace(',', ';'), StringComparison.Ordinal);

    public static void Read(ImportSource source, ResultCollector collector)
    {
        // CsvHelper detects the separator (',' or ';') from the first lines.
        using var csv = CsvReader.FromText(source.Text, new CsvReaderOptions { TrackLineNumbers = true });
        while (csv.Read())
        {
            string Field(string name) => csv.TryGetFieldIndex(name, out var index)
                ? csv.GetString(index)
                : throw new ImportException(source.Path, "line 1", $"expected a {name} column in the header");
            if (Field("Measurement_IterationMode") != "Workload" || Field("Measurement_IterationStage") != "Result")
            {
                continue;
            }

            if (!ToolUnit.TryParseNumber(Field("Measurement_Nanoseconds"), out var nanoseconds) ||
                !ToolUnit.TryParseNumber(Field("Measurement_Operations"), out var operations) || operations <= 0)
            {
                throw new ImportException(source.Path, $"line {csv.LineNumber}", "expected numbers in Measurement_Nanoseconds and Measurement_Operations");
            }

            var name = BenchmarkDotNetImporter.NameOf(Field("Target_Namespace"), Field("Target_Type"), Field("Target_Method"), Field("Params"));
            collector.Add(name, Measure.WallTime("ns"), nanoseconds / operations);
        }
    }
}
