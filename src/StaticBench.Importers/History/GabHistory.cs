using StaticBench.Importers.Formats.Gab;
using StaticBench.Importers.Reading;
using StaticBench.Schema.Model;

namespace StaticBench.Importers.History;

/// <summary>
/// github-action-benchmark's <c>data.js</c> (<c>window.BENCHMARK_DATA = {...}</c> on the gh-pages branch):
/// one run per entry of each suite, at the entry's commit and time. Benchmarks are named
/// <c>SUITE/NAME</c>; each value is one sample. The direction follows the action's own rule for the
/// entry's tool: bigger is better for <c>benchmarkjs</c>, <c>pytest</c> and <c>customBiggerIsBetter</c>.
/// </summary>
public static class GabHistory
{
    private const string Prefix = "window.BENCHMARK_DATA =";
    private static readonly HashSet<string> BiggerIsBetterTools = ["benchmarkjs", "pytest", "customBiggerIsBetter"];

    public static bool Sniff(ImportSource source) => source.Head.StartsWith(Prefix, StringComparison.Ordinal) || source.Head.StartsWith('{') && source.Text.Contains("\"entries\"");

    public static IReadOnlyList<RunResult> Read(ImportSource source, HistoryOptions options)
    {
        var text = source.Text.Trim();
        if (text.StartsWith(Prefix, StringComparison.Ordinal))
        {
            text = text[Prefix.Length..].TrimEnd(';', ' ', '\n', '\r', '\t');
        }

        var root = JsonCursor.Parse(ImportSource.FromText(source.Path, text));
        var repository = options.Repository ?? root.Optional("repoUrl")?.String();
        var runs = new List<RunResult>();
        foreach (var (suite, entries) in root["entries"].Members())
        {
            foreach (var entry in entries.Items())
            {
                runs.Add(ReadEntry(suite, entry, repository, options));
            }
        }

        return CommitChain.Link(runs);
    }

    private static RunResult ReadEntry(string suite, JsonCursor entry, string? repository, HistoryOptions options)
    {
        var commit = entry["commit"];
        var id = commit["id"].String();
        var tool = entry.Optional("tool")?.String() ?? "unknown";
        var date = DateTimeOffset.FromUnixTimeMilliseconds((long)entry["date"].Number());
        var commitTime = commit.Optional("timestamp") is { } stamp && DateTimeOffset.TryParse(stamp.String(), out var t) ? t : date;
        var collector = new ResultCollector();
        var better = BiggerIsBetterTools.Contains(tool) ? Better.Higher : Better.Lower;
        foreach (var bench in entry["benches"].Items())
        {
            GabImporter.AddEntry(collector, bench, better, suite);
        }

        var machine = options.Machine ?? "github-actions";
        var imported = collector.Build(new HarnessInfo { Name = $"github-action-benchmark/{tool}", Version = "unknown" });
        return ImportedRun.Create(
            imported,
            new ProjectInfo
            {
                Repository = repository ?? RepositoryOf(commit.Optional("url")?.String()) ?? "unknown",
                Commit = id,
                Branch = options.Branch,
                CommitTime = commitTime,
                Subject = FirstLine(commit.Optional("message")?.String()) ?? CommitId.Short(id),
                Parents = [],
            },
            new MachineInfo { Name = machine, Os = "unknown", Arch = "unknown" },
            ImportedRun.DefaultId(date, machine, id, $"gab-{suite}"),
            date,
            date);
    }

    /// <summary><c>https://github.com/o/r/commit/SHA</c> → <c>https://github.com/o/r</c>.</summary>
    private static string? RepositoryOf(string? commitUrl) =>
        commitUrl?.IndexOf("/commit/", StringComparison.Ordinal) is > 0 and var cut ? commitUrl[..cut] : null;

    private static string? FirstLine(string? message) =>
        message?.Split('\n')[0].Trim() is { Length: > 0 } line ? line : null;
}
