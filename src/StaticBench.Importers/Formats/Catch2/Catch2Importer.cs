using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using StaticBench.Importers.Reading;
using StaticBench.Schema.Model;

namespace StaticBench.Importers.Formats.Catch2;

/// <summary>
/// Catch2's XML reporter (<c>-r xml</c>), v2 and v3: each <c>BenchmarkResults</c> element is one result,
/// named <c>TEST CASE/BENCHMARK</c>. The reporter writes no raw samples, only the bootstrapped
/// <c>mean</c> (nanoseconds, as its comment says), so each result has one sample: that mean.
/// </summary>
public sealed class Catch2Importer : IImporter
{
    public string Name => "catch2";

    public bool Sniff(ImportSource source) => source.Head.StartsWith('<') && source.Text.Contains("<BenchmarkResults", StringComparison.Ordinal);

    public ImportedResults Read(IReadOnlyList<ImportSource> sources)
    {
        var collector = new ResultCollector();
        string? version = null;
        foreach (var source in sources)
        {
            XDocument document;
            try
            {
                document = XDocument.Parse(source.Text, LoadOptions.SetLineInfo);
            }
            catch (XmlException e)
            {
                throw new ImportException(source.Path, $"line {e.LineNumber}, column {e.LinePosition}", $"is not valid XML: {e.Message}");
            }

            version ??= document.Root?.Attribute("catch2-version")?.Value;
            foreach (var benchmark in document.Descendants("BenchmarkResults"))
            {
                var line = ((IXmlLineInfo)benchmark).LineNumber;
                var testCase = benchmark.Ancestors("TestCase").FirstOrDefault()?.Attribute("name")?.Value;
                var title = benchmark.Attribute("name")?.Value ?? throw new ImportException(source.Path, $"line {line}", "expected a name attribute on BenchmarkResults");
                var mean = benchmark.Element("mean")?.Attribute("value")?.Value;
                if (mean is null || !double.TryParse(mean, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
                {
                    throw new ImportException(source.Path, $"line {line}", $"expected <mean value=\"NUMBER\"/> in benchmark '{title}'");
                }

                collector.Add(BenchmarkName.Plain(testCase is null ? title : $"{testCase}/{title}"), Measure.WallTime("ns"), value);
            }
        }

        return collector.Build(new HarnessInfo { Name = Name, Version = version ?? "2" });
    }
}
