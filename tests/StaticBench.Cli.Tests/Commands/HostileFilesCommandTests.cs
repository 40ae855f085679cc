using StaticBench.Testing;

namespace StaticBench.Cli.Tests.Commands;

/// <summary>Issue 15 through the command line: what the outside attack did to <c>validate</c> and <c>record</c>.</summary>
public class HostileFilesCommandTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task Issue15_validate_names_every_bad_file_of_a_batch_and_still_checks_the_rest()
    {
        // Given every known-bad file, with a valid one last
        var files = KnownBadResults.All.Select(b =>
        {
            var path = _dir.Combine($"{b.Name}.json");
            File.WriteAllBytes(path, b.Bytes);
            return path;
        }).ToList();
        files.Add(ResultFiles.Write(_dir.Combine("ok"), new RunResultBuilder("fine").Build()));

        // When they are validated in one call (the validator threw on several, leaving the rest unchecked)
        var (exit, stdout, stderr) = await CliProcess.RunAsync(["validate", .. files]);

        // Then each bad file is named with its JSON path, the valid one is checked, and nothing crashed
        exit.ShouldBe(1);
        foreach (var bad in KnownBadResults.All)
        {
            stderr.ShouldContain($"{_dir.Combine($"{bad.Name}.json")}: {bad.Path}: ");
        }

        stdout.ShouldContain("ok " + files[^1]);
        stderr.ShouldContain($"{KnownBadResults.All.Count} of {files.Count} file(s) invalid");
        stderr.ShouldNotContain("Unhandled exception");
    }

    [Fact]
    public async Task Issue15_record_with_push_into_a_clone_exits_1_and_says_where_to_record()
    {
        // Given a central data repository and a clone of it
        var central = DataRepositories.InitBare(_dir.Combine("central.git"));
        (await InProcessCli.RunAsync("record", "--data", central, ResultFiles.Write(_dir.Combine("in"), new RunResultBuilder("run-1").Build()))).Exit.ShouldBe(0);
        var clone = _dir.Combine("clone");
        GitProcess.Run("clone", "-q", central, clone);

        // When a run is recorded into the clone with --push (this printed "recorded" and reached nothing)
        var (exit, stdout, stderr) = await InProcessCli.RunAsync(
            "record", "--data", clone, "--push", ResultFiles.Write(_dir.Combine("in"), new RunResultBuilder("run-2").Build()));

        // Then it fails, names the URL to record into, and records nothing anywhere
        exit.ShouldBe(1);
        stdout.ShouldNotContain("recorded");
        stderr.ShouldContain($"--data {central}");
        DataRepositories.Files(clone, "main").Count.ShouldBe(1);
        DataRepositories.Files(central, "main").Count.ShouldBe(1);
    }
}
