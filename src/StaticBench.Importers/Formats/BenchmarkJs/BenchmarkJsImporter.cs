using System.Text.RegularExpressions;
using StaticBench.Importers.Reading;
using StaticBench.Schema.Model;

namespace StaticBench.Importers.Formats.BenchmarkJs;

/// <summary>
/// benchmark.js console output, one <c>String(event.target)</c> line per benchmark:
/// <c>RegExp#test x 21,617,144 ops/sec ±9.08% (48 runs sampled)</c> (the line github-action-benchmark
/// reads too). Each line is one sample of <c>throughput</c> in ops/s, higher is better; thousands
/// separators are read. The text holds no samples, only the mean rate; the ± margin and run count are lost.
/// </summary>
public sealed partial class BenchmarkJsImporter : IImporter
{
    public string Name => "benchmarkjs";

    public bool Sniff(ImportSource source) => Line().IsMatch(source.Text);

    public ImportedResults Read(IReadOnlyList<ImportSource> sources)
    {
        var collector = new ResultCollector();
        foreach (var source in sources)
        {
            var found = false;
            foreach (Match match in Line().Matches(source.Text))
            {
                found = true;
                if (!ToolUnit.TryParseNumber(match.Groups["rate"].Value, out var rate))
                {
                    throw new ImportException(source.Path, $"line {source.Text[..match.Index].Count(c => c == '\n') + 1}", "expected a number of ops/sec");
                }

                collector.Add(BenchmarkName.Parse(match.Groups["name"].Value.Trim()), new Measure("execute", "throughput", ToolUnit.OpsPerSecond, Better.Higher), rate);
            }

            if (!found)
            {
                throw new ImportException(source.Path, "line 1", "expected lines like 'NAME x 1,234 ops/sec ±0.50% (90 runs sampled)'");
            }
        }

        return collector.Build(new HarnessInfo { Name = Name, Version = "unknown" });
    }

    [GeneratedRegex(@"^(?<name>.+?) x (?<rate>[\d,._]+) ops/sec [±\u00b1](?<rme>[\d.]+)% \((?<runs>\d+) runs? sampled\)\s*$", RegexOptions.Multiline)]
    private static partial Regex Line();
}
