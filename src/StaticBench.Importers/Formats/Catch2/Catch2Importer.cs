using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using StaticBench.Importers.Reading;
using StaticBench.Schema.Model;

namespace StaticBench.Importers.Formats.Catch2;

/// <summary>
/// Catch2's XML reporter (<c>-r xml</c>): v2 (root <c>Catch</c>, inside a <c>Group</c>) and v3 (root
/// <c>Catch2TestRun</c> with <c>catch2-version</c>). Each <c>BenchmarkResults</c> element is one result,
/// named <c>TEST CASE/SECTION.../BENCHMARK</c>: a test case runs once per leaf section, so two sections
/// may hold benchmarks of one name. Neither version's reporter writes raw samples, only the bootstrapped
/// <c>mean</c> (nanoseconds, as its comment says), so each result has one sample: that mean. A benchmark
/// that threw has a <c>failed</c> element instead, and is skipped with its message.
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

            // v2 writes no version; v3 writes catch2-version on the root
            version ??= document.Root?.Attribute("catch2-version")?.Value;
            foreach (var benchmark in document.Descendants("BenchmarkResults"))
            {
                var position = $"line {((IXmlLineInfo)benchmark).LineNumber}";
                var title = benchmark.Attribute("name")?.Value ?? throw new ImportException(source.Path, position, "expected a name attribute on BenchmarkResults");
                var name = FullName(benchmark, title);
                if (benchmark.Element("failed") is { } failed)
                {
                    collector.Skip(source.Path, position, $"{name}: the benchmark failed: {failed.Attribute("message")?.Value}");
                    continue;
                }

                var mean = benchmark.Element("mean")?.Attribute("value")?.Value;
                if (mean is null || !double.TryParse(mean, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
                {
                    throw new ImportException(source.Path, position, $"expected <mean value=\"NUMBER\"/> in benchmark '{title}'");
                }

                collector.Add(BenchmarkName.Plain(name), Measure.WallTime("ns"), value);
            }
        }

        return collector.Build(new HarnessInfo { Name = Name, Version = version ?? "2" });
    }

    /// <summary>The test case, the sections it ran through (outermost first) and the benchmark, joined by <c>/</c>.</summary>
    private static string FullName(XElement benchmark, string title)
    {
        var scopes = benchmark.Ancestors()
            .Where(e => e.Name == "TestCase" || e.Name == "Section")
            .Select(e => e.Attribute("name")?.Value)
            .OfType<string>()
            .Reverse();
        return string.Join('/', [.. scopes, title]);
    }
}
