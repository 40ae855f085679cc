using StaticBench.Testing;

namespace StaticBench.Cli.Tests.Commands;

public class ValidateCommandTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task Valid_files_pass_and_each_problem_of_an_invalid_one_is_named_with_exit_code_1()
    {
        // Given one good file and one whose second sample is not a number
        var good = ResultFiles.Write(_dir.Path, new RunResultBuilder("good").Build());
        var bad = ResultFiles.WriteRaw(_dir.Path, "bad.json", File.ReadAllText(good).Replace("1010", "\"fast\"", StringComparison.Ordinal));

        // When both are validated
        var (exit, stdout, stderr) = await InProcessCli.RunAsync("validate", good, bad);

        // Then the good one is reported ok, the bad one by file and JSON path, and the exit code says it failed
        exit.ShouldBe(1);
        stdout.ShouldContain($"ok {good}");
        stderr.ShouldContain($"{bad}: $.results[0].samples[1]: must be a number, not the string \"fast\"");
        stderr.ShouldContain("1 of 2 file(s) invalid");
    }

    [Fact]
    public async Task A_missing_file_is_a_problem_not_a_crash()
    {
        var (exit, _, stderr) = await InProcessCli.RunAsync("validate", _dir.Combine("nope.json"));

        exit.ShouldBe(1);
        stderr.ShouldContain("nope.json: $: cannot be read");
    }

    [Fact]
    public async Task Every_file_of_the_fuzz_corpus_is_judged_by_validate_never_crashes_it()
    {
        // Given every input that ever broke a reader (a schema tag with a lone surrogate escape among them)
        var entries = StaticBench.Testing.Fuzzing.FuzzCorpus.Entries();
        var files = entries.Select(e =>
        {
            var file = _dir.Combine(e.Name);
            File.WriteAllBytes(file, e.Bytes); // byte for byte: some are not valid UTF-8
            return file;
        }).ToArray();

        // When they are validated together
        var (exit, _, stderr) = await InProcessCli.RunAsync(["validate", .. files]);

        // Then each one to be refused is named with its problem, and the command ends with its count, not an exception
        exit.ShouldBe(1);
        foreach (var (entry, file) in entries.Zip(files).Where(p => p.First.Verdict == StaticBench.Testing.Fuzzing.Verdict.Refuse))
        {
            stderr.ShouldContain($"{file}: $", customMessage: entry.Name);
        }

        stderr.ShouldContain($"of {files.Length} file(s) invalid");
    }
}
