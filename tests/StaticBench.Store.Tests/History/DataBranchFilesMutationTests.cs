using System.Text;
using StaticBench.Store.History;
using StaticBench.Testing;

namespace StaticBench.Store.Tests.History;

/// <summary>
/// Issue 15: the history reader's side of the mutation corpus. Whatever bytes sit at a result,
/// acknowledgement, settings or Markdown path, parsing them gives a run, a document or a skip reason;
/// it never throws (a throw here would stop the build for everyone).
/// </summary>
public class DataBranchFilesMutationTests
{
    private static readonly string[] Paths =
        ["results/2026/11/21/mutant.json", "acknowledgements/mutant.json", "staticbench.json", "notes/mutant.md"];

    private static IEnumerable<ResultMutant> Corpus()
    {
        var seed = KnownBadResults.Valid("mutant");
        var acknowledgement = System.Text.Json.Nodes.JsonNode.Parse("{\"series\": \"sort/quick\", \"commit\": \"abcdef0\", \"note\": \"v8 upgrade\"}")!.AsObject();
        var settings = System.Text.Json.Nodes.JsonNode.Parse("{\"minEffect\": 0.02, \"benchmarkMinEffect\": {\"sort/quick\": 0.05}}")!.AsObject();
        return ResultMutations.Breaking("result", seed)
            .Concat(ResultMutations.Damaged("result", seed, 200, randomSeed: 1))
            .Concat(ResultMutations.Breaking("acknowledgement", acknowledgement))
            .Concat(ResultMutations.Damaged("acknowledgement", acknowledgement, 150, randomSeed: 2))
            .Concat(ResultMutations.Breaking("settings", settings))
            .Concat(ResultMutations.Damaged("settings", settings, 150, randomSeed: 3))
            .Concat(KnownBadResults.All.Select(b => new ResultMutant(b.Name, b.Bytes, MustBeRefused: true)));
    }

    [Fact]
    public void Issue15_no_bytes_at_any_data_path_make_the_history_reader_throw()
    {
        // Given mutated results, acknowledgements and settings, each put at every kind of data path
        var failures = new List<string>();
        var count = 0;
        foreach (var mutant in Corpus())
        {
            foreach (var path in Paths)
            {
                count++;

                // When the history reader parses them
                try
                {
                    var parsed = DataBranchFiles.Parse(path, path, mutant.Bytes);

                    // Then each is exactly one thing, and a refused result says why
                    var kinds = new object?[] { parsed.Run, parsed.Markdown, parsed.SkipReason, parsed.Acknowledgement, parsed.Settings }.Count(k => k is not null);
                    if (kinds != 1)
                    {
                        failures.Add($"{mutant} at {path}: {kinds} meanings");
                    }

                    if (mutant.MustBeRefused && path.StartsWith("results/", StringComparison.Ordinal) && parsed.Run is not null)
                    {
                        failures.Add($"{mutant} at {path}: accepted");
                    }
                }
                catch (Exception e)
                {
                    failures.Add($"{mutant} at {path}: crashed: {e.GetType().Name}: {e.Message}");
                }
            }
        }

        count.ShouldBeGreaterThan(1000);
        failures.ShouldBeEmpty(string.Join("\n", failures.Take(30)));
    }
}
