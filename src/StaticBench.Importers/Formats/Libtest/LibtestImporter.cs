using System.Text.RegularExpressions;
using StaticBench.Importers.Reading;
using StaticBench.Schema.Model;

namespace StaticBench.Importers.Formats.Libtest;

/// <summary>
/// Rust's libtest <c>#[bench]</c> output (<c>cargo bench</c>):
/// <c>test tests::bench_fib_20 ... bench:  32,425.28 ns/iter (+/- 18,722.92)</c>, optionally followed by
/// <c>= 4096000 MB/s</c> when the bench sets <c>b.bytes</c>. libtest prints only a summary (the median
/// of its samples, with the max−min spread), so each line is one <c>wall-time</c> sample in ns per
/// iteration, and the MB/s a higher-is-better <c>throughput</c>; the spread is lost.
/// </summary>
public sealed partial class LibtestImporter : IImporter
{
    public string Name => "libtest";

    public bool Sniff(ImportSource source) => Line().IsMatch(source.Text);

    public ImportedResults Read(IReadOnlyList<ImportSource> sources)
    {
        var collector = new ResultCollector();
        foreach (var source in sources)
        {
            var matches = Line().Matches(source.Text);
            if (matches.Count == 0)
            {
                throw new ImportException(source.Path, "line 1", "expected lines like 'test NAME ... bench: 1,234 ns/iter (+/- 56)'");
            }

            foreach (Match match in matches)
            {
                var name = BenchmarkName.Parse(match.Groups["name"].Value);
                collector.Add(name, Measure.WallTime("ns"), Number(source, match, "value"));
                if (match.Groups["rate"].Success)
                {
                    collector.Add(name, new Measure("execute", "throughput", "MB/s", Better.Higher), Number(source, match, "rate"));
                }
            }
        }

        return collector.Build(new HarnessInfo { Name = Name, Version = "unknown" });
    }

    private static double Number(ImportSource source, Match match, string group) =>
        ToolUnit.TryParseNumber(match.Groups[group].Value, out var value)
            ? value
            : throw new ImportException(source.Path, $"line {source.Text[..match.Index].Count(c => c == '\n') + 1}", $"expected a number, found '{match.Groups[group].Value}'");

    [GeneratedRegex(@"^test (?<name>\S+)\s+\.\.\. bench:\s+(?<value>[\d,._]+) ns/iter \(\+/- [\d,._]+\)(?: = (?<rate>[\d,._]+) MB/s)?\s*$", RegexOptions.Multiline)]
    private static partial Regex Line();
}
