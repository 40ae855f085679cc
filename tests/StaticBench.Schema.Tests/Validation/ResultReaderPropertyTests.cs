using CsCheck;
using StaticBench.Schema.Model;
using StaticBench.Schema.Validation;
using StaticBench.Testing.Fuzzing;
using Xunit.Abstractions;

namespace StaticBench.Schema.Tests.Validation;

/// <summary>
/// Issue 15's fuzz target for the result reader, as seeded property tests: each generator of
/// <see cref="FuzzInputs"/> runs a fixed number of inputs from a fixed seed (the same inputs every run, a few
/// seconds in all) and <see cref="ResultReaderOracle"/> checks each outcome. An input that breaks a property is
/// kept in tests/fuzz-corpus/, which <see cref="Every_file_in_the_fuzz_corpus_is_read_soundly"/> replays.
/// Long runs: scripts/fuzz.sh (docs/result-format.md, "Fuzzing").
/// </summary>
public class ResultReaderPropertyTests(ITestOutputHelper output)
{
    [Fact]
    public void Issue15_generated_valid_files_are_accepted_and_read_back_the_same() =>
        Run("valid", FuzzInputs.Valid, 300, seed: 1);

    [Fact]
    public void Issue15_a_rule_broken_anywhere_is_refused_at_that_path() =>
        Run("breaking", FuzzInputs.Breaking, 400, seed: 2);

    [Fact]
    public void Issue15_damaged_files_never_crash_the_reader_nor_get_in_unsound() =>
        Run("damaged", FuzzInputs.Damaged, 1500, seed: 3);

    [Fact]
    public void Issue15_arbitrary_bytes_and_token_soup_never_crash_the_reader() =>
        Run("arbitrary", FuzzInputs.Arbitrary, 1500, seed: 4);

    [Fact]
    public void Issue15_nesting_past_the_limit_is_refused_and_below_it_accepted() =>
        Run("deep", FuzzInputs.Deep, 200, seed: 5);

    [Fact]
    public void Issue15_a_number_is_accepted_exactly_when_the_statistics_can_use_it() =>
        Run("number", FuzzInputs.Numbers, 500, seed: 6);

    [Fact]
    public void Issue15_an_unpaired_surrogate_is_refused_at_its_string() =>
        Run("surrogate", FuzzInputs.Surrogates, 400, seed: 7);

    [Fact]
    public void Issue15_a_member_named_twice_plainly_or_escaped_is_refused_at_its_object() =>
        Run("duplicate", FuzzInputs.Duplicates, 400, seed: 8);

    [Fact]
    public void Issue13_a_plain_number_is_read_exactly_as_the_full_parser_reads_it()
    {
        // Given samples of up to 17 digits, signed, with a decimal point anywhere (the oracle compares the reader with
        // its thorough path, whose parser reads every digit)
        // When each is read, Then the sample is that number's double, bit for bit
        var run = SeededProperty.Check(
            "plain-number",
            FuzzInputs.PlainNumbers,
            input =>
            {
                var outcome = ResultReaderOracle.Check(input);
                var expected = double.Parse(input.Description, System.Globalization.CultureInfo.InvariantCulture);
                if (outcome.Result is { } run && BitConverter.DoubleToInt64Bits(run.Results[0].Samples[0]) != BitConverter.DoubleToInt64Bits(expected))
                {
                    throw new Xunit.Sdk.XunitException($"{input.Description} read as {run.Results[0].Samples[0]:R}, not {expected:R}");
                }
            },
            2000,
            seed: 10,
            input => [input.Bytes]);
        output.WriteLine(run.ToString());
    }

    [Fact]
    public void Issue13_every_generated_valid_file_is_read_in_a_single_pass()
    {
        // Given valid files with every optional member, escapes, astral text and unknown members holding anything
        // When each is read by the single-pass reader alone
        // Then none needs the thorough path (the oracle checks both read it the same; the refusing generators above
        // exercise the thorough path behind it)
        var run = SeededProperty.Check(
            "single-pass",
            FuzzInputs.Valid,
            input =>
            {
                if (SinglePassReader.TryRead(input.Bytes, new ResultInterner()) is null)
                {
                    throw new Xunit.Sdk.XunitException("a valid file needed the thorough path");
                }

                ResultReaderOracle.Check(input);
            },
            300,
            seed: 9,
            input => [input.Bytes]);
        output.WriteLine(run.ToString());
    }

    [Fact]
    public void Every_file_in_the_fuzz_corpus_is_read_soundly()
    {
        // Given every input that ever broke a property of the reader
        var entries = FuzzCorpus.Entries();
        entries.ShouldNotBeEmpty();

        // When each is read, Then the reader's properties hold for it
        var failures = new List<string>();
        foreach (var entry in entries)
        {
            try
            {
                ResultReaderOracle.Check(entry.Bytes, entry.Verdict);
            }
            catch (Exception e)
            {
                failures.Add($"{entry}: {e.GetType().Name}: {e.Message}");
            }
        }

        failures.ShouldBeEmpty(string.Join("\n", failures));
        output.WriteLine($"{entries.Count} corpus files replayed");
    }

    private void Run(string name, Gen<FuzzInput> gen, int iterations, ulong seed)
    {
        // Given inputs from a fixed seed; When each is read; Then the reader's properties hold
        var run = SeededProperty.Check(name, gen, input => ResultReaderOracle.Check(input), iterations, seed, input => [input.Bytes]);
        output.WriteLine(run.ToString());
    }
}
