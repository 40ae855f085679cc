using CsCheck;
using StaticBench.Schema.Validation;
using StaticBench.Store.History;
using StaticBench.Testing;
using StaticBench.Testing.Fuzzing;
using Xunit.Abstractions;

namespace StaticBench.Store.Tests.History;

/// <summary>
/// Issue 15's fuzz target for the history reader: data branches made of generated hostile files
/// (<see cref="FuzzInputs.All"/>) at result, acknowledgement, reference, settings and Markdown paths, committed
/// into a real git repository, are read as the build reads them. The read never fails; the runs are exactly the
/// files the result reader accepts; every other result file is listed as skipped; and a read through the
/// incremental cache finds the same as a full read.
/// </summary>
public class HistoryReaderPropertyTests(ITestOutputHelper output) : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    /// <summary>A file of a generated data branch: where it goes (<see cref="PlaceOf"/>) and its bytes.</summary>
    public sealed record BranchFile(string Place, FuzzInput Input)
    {
        public override string ToString() => $"{Place}: {Input}";
    }

    private static readonly Gen<BranchFile> File =
        Gen.Select(Gen.Frequency((8, "result"), (1, "acknowledgement"), (1, "reference"), (1, "settings"), (1, "markdown")), FuzzInputs.All,
            (place, input) => new BranchFile(place, input));

    /// <summary>One to three commits of one to four files each.</summary>
    private static readonly Gen<BranchFile[][]> Branch = File.Array[1, 4].Array[1, 3];

    [Fact]
    public void Issue15_no_generated_data_branch_makes_the_history_read_fail_or_lose_a_valid_run()
    {
        var run = SeededProperty.Check("history", Branch, ReadsSoundly, iterations: 40, seed: 15,
            commits => commits.SelectMany(c => c).Select(f => f.Input.Bytes));
        output.WriteLine(run.ToString());
    }

    [Fact]
    public void Every_file_in_the_fuzz_corpus_committed_at_every_data_path_is_read_without_failing()
    {
        // Given every corpus file at a result, acknowledgement, reference, settings and Markdown path
        var entries = FuzzCorpus.Entries();
        var files = entries.SelectMany(e => new[] { "result", "acknowledgement", "reference", "markdown" }
            .Select(place => new BranchFile(place, new FuzzInput("corpus", e.Name, e.Bytes, e.Verdict))));

        // When a data branch of them is read, Then the read succeeds and holds exactly the accepted runs
        ReadsSoundly([[.. files], [.. entries.Select(e => new BranchFile("settings", new FuzzInput("corpus", e.Name, e.Bytes, Verdict.Either)))]]);
    }

    [Fact]
    public void Every_file_in_the_fuzz_corpus_parses_to_exactly_one_meaning_at_every_data_path()
    {
        foreach (var entry in FuzzCorpus.Entries())
        {
            foreach (var path in new[] { "results/2026/11/21/c.json", "acknowledgements/c.json", "references/c.json", "staticbench.json", "notes/c.md" })
            {
                var parsed = DataBranchFiles.Parse(path, path, entry.Bytes);
                new object?[] { parsed.Run, parsed.Markdown, parsed.SkipReason, parsed.Acknowledgement, parsed.Settings, parsed.Reference }
                    .Count(k => k is not null).ShouldBe(1, $"{entry} at {path}");
            }
        }
    }

    private void ReadsSoundly(BranchFile[][] commits)
    {
        // Given a data branch committed with those files, in those commits
        using var data = new ScriptedDataRepository();
        var final = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        var cache = Path.Combine(_dir.Path, $"{Guid.NewGuid():N}.cache");
        var number = 0;
        HistoryReport? early = null;
        foreach (var commit in commits)
        {
            var changes = commit.Select(f => (Path: PlaceOf(f.Place, number++), Content: (object?)f.Input.Bytes)).ToArray();
            data.Commit("generated", changes);
            foreach (var (path, content) in changes)
            {
                final[path] = (byte[])content!;
            }

            // The incremental cache is filled commit by commit, as successive builds fill it.
            early = HistoryReader.Read(data.Path, new HistoryOptions(CacheFile: cache));
        }

        // When its history is read in full, and through the cache
        var full = HistoryReader.Read(data.Path, new HistoryOptions()).Snapshot;
        var cached = early!.Snapshot;

        // Then the runs are the result files the reader accepts (the first of two with one id), and the rest are listed
        var accepted = final.Where(f => DataBranchFiles.IsResult(f.Key))
            .Select(f => (f.Key, Outcome: ResultReader.Read(f.Value, f.Key)))
            .ToList();
        var expectedIds = accepted.Where(a => a.Outcome.IsValid).Select(a => a.Outcome.Result!.Run.Id).ToHashSet(StringComparer.Ordinal);
        full.Runs.Select(r => r.Run.Run.Id).ToHashSet(StringComparer.Ordinal).SetEquals(expectedIds).ShouldBeTrue("the runs are not the accepted files");
        foreach (var (path, _) in accepted.Where(a => !a.Outcome.IsValid))
        {
            full.Skipped.ShouldContain(s => s.Path == path && s.Reason.Contains('$'), $"{path} is not listed as skipped with a JSON path");
        }

        full.Skipped.ShouldAllBe(s => !s.Reason.Any(char.IsControl), "a skip reason carries a control character");
        cached.Runs.Select(r => (r.Run.Run.Id, r.Path, r.DataCommit)).Order().ShouldBe(full.Runs.Select(r => (r.Run.Run.Id, r.Path, r.DataCommit)).Order());
        cached.Skipped.Select(s => s.Path).Order(StringComparer.Ordinal).ShouldBe(full.Skipped.Select(s => s.Path).Order(StringComparer.Ordinal));
    }

    /// <summary>A distinct path of each place (the settings file has one).</summary>
    private static string PlaceOf(string place, int number) => place switch
    {
        "result" => $"results/2026/11/21/f{number}.json",
        "acknowledgement" => $"acknowledgements/a{number}.json",
        "reference" => $"references/r{number}.json",
        "settings" => DataBranchFiles.SettingsFile,
        _ => $"notes/n{number}.md",
    };
}
