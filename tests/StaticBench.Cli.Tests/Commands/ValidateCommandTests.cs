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
}
