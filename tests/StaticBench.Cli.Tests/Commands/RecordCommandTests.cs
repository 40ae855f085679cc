using StaticBench.Testing;

namespace StaticBench.Cli.Tests.Commands;

public class RecordCommandTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task An_invalid_file_exits_1_naming_file_and_JSON_path_and_commits_nothing()
    {
        // Given a data repository with one run, and a new file whose sample is not a number
        var data = DataRepositories.InitBare(_dir.Combine("data.git"));
        (await InProcessCli.RunAsync("record", "--data", data, ResultFiles.Write(_dir.Combine("in"), new RunResultBuilder("run-1").Build()))).Exit.ShouldBe(0);
        var tip = DataRepositories.Tip(data, "main");
        var json = StaticBench.Schema.Json.ResultJson.SerializeToString(new RunResultBuilder("run-2").Build())
            .Replace("1010", "\"fast\"", StringComparison.Ordinal);
        var bad = ResultFiles.WriteRaw(_dir.Combine("in"), "bad.json", json);

        // When it is recorded
        var (exit, _, error) = await InProcessCli.RunAsync("record", "--data", data, bad);

        // Then
        exit.ShouldBe(1);
        error.ShouldContain($"{bad}: $.results[0].samples[1]");
        DataRepositories.Tip(data, "main").ShouldBe(tip);
    }

    [Fact]
    public async Task A_missing_data_repository_exits_1_saying_how_to_create_it()
    {
        var missing = _dir.Combine("nowhere.git");

        var (exit, _, error) = await InProcessCli.RunAsync("record", "--data", missing, ResultFiles.Write(_dir.Combine("in"), new RunResultBuilder("run-1").Build()));

        exit.ShouldBe(1);
        error.ShouldStartWith("error: ");
        error.ShouldContain($"git init --bare {missing}");
    }
}
