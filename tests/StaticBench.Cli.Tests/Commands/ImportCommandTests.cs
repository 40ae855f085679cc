using StaticBench.Schema.Validation;
using StaticBench.Testing;

namespace StaticBench.Cli.Tests.Commands;

public sealed class ImportCommandTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private static string Fixture(string relative) => RepositoryRoot.Combine("tests", "StaticBench.Importers.Tests", "Fixtures", relative);

    private ProjectRepository Project() => ProjectRepositories.Create(
        _dir.Combine("project.git"), new Dictionary<string, string> { ["a.txt"] = "1" }, new Dictionary<string, string> { ["a.txt"] = "2" });

    [Fact]
    public async Task Imported_runs_of_two_commits_are_recorded_and_built_into_one_series()
    {
        // Given go test -bench output measured at two commits of a project
        var project = Project();
        var work = _dir.Combine("project.git.work");
        var data = DataRepositories.InitBare(_dir.Combine("data.git"));

        // When each is imported at its commit, recorded, and the site built
        var first = await InProcessCli.RunAsync("import", "--format", "go", "--project", work, "--commit", project.BaseSha, "--machine", "ci-1", "--output", _dir.Combine("base.json"), Fixture("go/bench.txt"));
        var second = await InProcessCli.RunAsync("import", "--project", work, "--machine", "ci-1", "--output", _dir.Combine("head.json"), Fixture("go/bench.jsonl"));
        var record = await InProcessCli.RunAsync("record", "--data", data, _dir.Combine("base.json"), _dir.Combine("head.json"));
        var build = await InProcessCli.RunAsync("build", "--data", data, "--out", _dir.Combine("site"), "--cache", _dir.Combine("cache"));

        // Then auto names the format it chose, the site has the series with both commits
        first.Exit.ShouldBe(0, first.Error);
        second.Exit.ShouldBe(0, second.Error);
        second.Error.ShouldContain("format: go (guessed from");
        record.Exit.ShouldBe(0, record.Error);
        build.Exit.ShouldBe(0, build.Error);
        var page = Directory.GetFiles(_dir.Combine("site", "benchmarks"), "*.html").Single(p => Path.GetFileName(p).StartsWith("sort", StringComparison.OrdinalIgnoreCase));
        var html = File.ReadAllText(page);
        html.ShouldContain(project.BaseSha[..7]);
        html.ShouldContain(project.HeadSha[..7]);
        html.ShouldContain("size");
    }

    [Fact]
    public async Task A_malformed_file_names_the_position_and_writes_nothing()
    {
        var project = Project();
        var output = _dir.Combine("out.json");

        var (exit, _, error) = await InProcessCli.RunAsync("import", "--format", "hyperfine", "--project", project.BarePath + ".work", "--output", output, Fixture("broken/hyperfine-string-time.json"));

        exit.ShouldBe(CliApp.InputError);
        error.ShouldContain("hyperfine-string-time.json: $.results[1].times[2]: expected a finite number, found the string \"fast\"");
        File.Exists(output).ShouldBeFalse();
        Directory.GetFiles(_dir.Path).ShouldNotContain(f => f.EndsWith(".tmp", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Without_output_the_result_file_goes_to_standard_output_and_validates()
    {
        var project = Project();

        var (exit, stdout, error) = await InProcessCli.RunAsync("import", "-f", "google-benchmark", "--project", project.BarePath + ".work", "--run-id", "gb-1", Fixture("google-benchmark/repetitions.json"));

        exit.ShouldBe(0, error);
        var read = ResultReader.Read(System.Text.Encoding.UTF8.GetBytes(stdout), "stdout");
        read.Problems.ShouldBeEmpty();
        read.Result!.Run.Id.ShouldBe("gb-1");
        read.Result.Run.Harness.Name.ShouldBe("google-benchmark");
        error.ShouldContain("skipped ");
    }
}
