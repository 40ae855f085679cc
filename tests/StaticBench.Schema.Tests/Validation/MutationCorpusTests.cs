using System.Text.Json.Nodes;
using StaticBench.Schema.Json;
using StaticBench.Schema.Units;
using StaticBench.Schema.Validation;
using StaticBench.Testing;
using Xunit.Abstractions;

namespace StaticBench.Schema.Tests.Validation;

/// <summary>
/// Issue 15's bar for the result reader, over a mutation corpus of more than 1,000 files: no exception
/// escapes, no file that breaks a rule is accepted, every problem names the file and a JSON path, and
/// what is accepted is readable by every later step (finite, in range, serializable, read back the same).
/// Set STATICBENCH_FUZZ_DAMAGED to run more damaged files than the bounded default.
/// </summary>
public class MutationCorpusTests(ITestOutputHelper output)
{
    private const int DefaultDamagedPerSeed = 400;

    private static readonly (string Name, JsonObject Document)[] Seeds =
    [
        ("builder", KnownBadResults.Valid("builder-run")),
        ("example", JsonNode.Parse(File.ReadAllText(RepositoryRoot.Combine("docs", "examples", "v8-compile.json")))!.AsObject()),
    ];

    private static int DamagedPerSeed =>
        int.TryParse(Environment.GetEnvironmentVariable("STATICBENCH_FUZZ_DAMAGED"), out var n) && n > 0 ? n : DefaultDamagedPerSeed;

    private static IEnumerable<ResultMutant> Corpus() =>
        Seeds.SelectMany((seed, i) => ResultMutations.Breaking(seed.Name, seed.Document)
            .Concat(ResultMutations.Damaged(seed.Name, seed.Document, DamagedPerSeed, randomSeed: 15_000 + i)));

    [Fact]
    public void Issue15_the_mutation_corpus_never_crashes_the_reader_nor_gets_an_invalid_file_in()
    {
        // Given more than a thousand mutated result files
        var corpus = Corpus().ToList();
        corpus.Count.ShouldBeGreaterThanOrEqualTo(1000);

        // When each is read
        var failures = new List<string>();
        var accepted = 0;
        foreach (var mutant in corpus)
        {
            ReadOutcome outcome;
            try
            {
                outcome = ResultReader.Read(mutant.Bytes, "mutant.json");
            }
            catch (Exception e)
            {
                failures.Add($"{mutant}: crashed: {e.GetType().Name}: {e.Message}");
                continue;
            }

            accepted += outcome.IsValid ? 1 : 0;
            failures.AddRange(Check(mutant, outcome));
        }

        // Then none crashed, none that must be refused got in, and every problem says where
        failures.ShouldBeEmpty(string.Join("\n", failures.Take(30)));
        output.WriteLine($"{corpus.Count} mutated files: {corpus.Count(m => m.MustBeRefused)} breaking a rule, " +
            $"{corpus.Count(m => !m.MustBeRefused)} damaged; {accepted} accepted (all readable), {corpus.Count - accepted} refused");
    }

    [Theory]
    [InlineData("")]
    [InlineData("2026-11-21T10:00:00Z\n")]
    [InlineData("9999-12-31T23:59:59-14:00")]
    [InlineData("0001-01-01T00:00:00+14:00")]
    [InlineData("2026-13-01T00:00:00Z")]
    [InlineData("2026-11-21T24:00:00Z")]
    [InlineData("2026-11-21T10:00:60Z")]
    [InlineData("2026-11-21T10:00:00.Z")]
    [InlineData("２０２６-11-21T10:00:00Z")]
    public void Issue15_times_outside_the_format_are_refused_not_thrown_on(string text)
    {
        Timestamp.TryParse(text, out _).ShouldBeFalse();
    }

    private static IEnumerable<string> Check(ResultMutant mutant, ReadOutcome outcome)
    {
        foreach (var problem in outcome.Problems)
        {
            if (problem.File != "mutant.json" || !problem.Path.StartsWith('$') || problem.Message.Length == 0)
            {
                yield return $"{mutant}: a problem without file or path: {problem}";
            }

            if (problem.Message.Contains("staticbench bug", StringComparison.Ordinal))
            {
                yield return $"{mutant}: validator and reader disagree: {problem}";
            }
        }

        if (outcome.Result is not { } run)
        {
            yield break;
        }

        if (mutant.MustBeRefused)
        {
            yield return $"{mutant}: accepted, but it breaks a rule of the format";
        }

        foreach (var result in run.Results)
        {
            if (!result.Samples.All(SampleRange.Contains) || result.Summary is not { } s || !new[] { s.Min, s.Median, s.Max }.All(SampleRange.Contains))
            {
                yield return $"{mutant}: accepted with a value the statistics cannot use";
            }
        }

        var again = ResultReader.Read(ResultJson.Serialize(run), "again.json");
        if (!again.IsValid)
        {
            yield return $"{mutant}: accepted, but its own serialization is refused: {string.Join("; ", again.Problems)}";
        }
    }
}
