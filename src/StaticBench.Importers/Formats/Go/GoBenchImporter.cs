using System.Text;
using System.Text.Json;
using StaticBench.Importers.Reading;
using StaticBench.Schema.Model;

namespace StaticBench.Importers.Formats.Go;

/// <summary>
/// <c>go test -bench</c> output, as text or as <c>-json</c> (test2json: the benchmark lines are the
/// <c>Output</c> of its events, sometimes split over several events, so they are joined first). Each
/// line is one sample (<c>-count N</c> gives N); see <see cref="GoBenchLine"/> for what a line holds.
/// </summary>
public sealed class GoBenchImporter : IImporter
{
    public string Name => "go";

    public bool Sniff(ImportSource source) =>
        (source.Head.StartsWith("{\"Time\"", StringComparison.Ordinal) && source.Text.Contains("\"Action\"")) ||
        source.Text.Split('\n').Any(line => line.StartsWith("Benchmark", StringComparison.Ordinal) && line.Contains(" ns/op"));

    public ImportedResults Read(IReadOnlyList<ImportSource> sources)
    {
        var collector = new ResultCollector();
        foreach (var source in sources)
        {
            var text = source.Head.StartsWith('{') ? OutputOfEvents(source) : source.Text;
            foreach (var line in text.Split('\n'))
            {
                if (!line.StartsWith("Benchmark", StringComparison.Ordinal))
                {
                    continue;
                }

                var parsed = GoBenchLine.Parse(line.TrimEnd('\r'));
                if (parsed is null)
                {
                    // A line with only the name: go prints it before a sub-benchmark's runs, or a benchmark failed.
                    continue;
                }

                foreach (var (measure, value) in parsed.Value.Values)
                {
                    collector.Add(parsed.Value.Name, measure, value);
                }
            }
        }

        return collector.Build(new HarnessInfo { Name = Name, Version = "unknown" });
    }

    /// <summary>The joined <c>Output</c> of every test2json event; a broken event names its line.</summary>
    private static string OutputOfEvents(ImportSource source)
    {
        var output = new StringBuilder();
        var lineNumber = 0;
        foreach (var line in source.Text.Split('\n'))
        {
            lineNumber++;
            if (line.Trim().Length == 0)
            {
                continue;
            }

            try
            {
                using var document = JsonDocument.Parse(line);
                if (document.RootElement.TryGetProperty("Output", out var text) && text.ValueKind == JsonValueKind.String)
                {
                    output.Append(text.GetString());
                }
            }
            catch (JsonException e)
            {
                throw new ImportException(source.Path, $"line {lineNumber}", $"expected one test2json event (a JSON object) per line: {e.Message.Split(" Path:")[0]}");
            }
        }

        return output.ToString();
    }
}
