using StaticBench.Testing;

namespace StaticBench.Cli.Tests.Commands;

public sealed class MigrateCommandTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private static string Fixture(string relative) => RepositoryRoot.Combine("tests", "StaticBench.Importers.Tests", "Fixtures", relative);

    [Fact]
    public async Task A_gab_history_is_recorded_once_and_a_second_migration_adds_nothing()
    {
        // Given an empty data repository and a github-action-benchmark data.js with three entries
        var data = DataRepositories.InitBare(_dir.Combine("data.git"));

        // When it is migrated twice
        var first = await InProcessCli.RunAsync("migrate", "--from", "gab", "--data", data, Fixture("gab/data.js"));
        var tip = DataRepositories.Tip(data, "main");
        var second = await InProcessCli.RunAsync("migrate", "--from", "gab", "--data", data, Fixture("gab/data.js"));

        // Then the first records three result files in one commit, the second changes nothing
        first.Exit.ShouldBe(0, first.Error);
        first.Out.ShouldContain("read 3 run(s) of 2 commit(s); recorded 3, already there 0");
        DataRepositories.Files(data, "main").Keys.Count(k => k.StartsWith("results/2019/11/09/", StringComparison.Ordinal)).ShouldBe(3);
        second.Exit.ShouldBe(0, second.Error);
        second.Out.ShouldContain("recorded 0, already there 3");
        DataRepositories.Tip(data, "main").ShouldBe(tip);
    }

    [Fact]
    public async Task An_asv_results_folder_is_built_into_series_over_its_commits()
    {
        var data = DataRepositories.InitBare(_dir.Combine("data.git"));

        var migrate = await InProcessCli.RunAsync("migrate", "--from", "asv", "--data", data, "--repository", "https://example.org/p", Fixture("asv/results"));
        var build = await InProcessCli.RunAsync("build", "--data", data, "--out", _dir.Combine("site"), "--cache", _dir.Combine("cache"));

        migrate.Exit.ShouldBe(0, migrate.Error);
        migrate.Out.ShouldContain("read 2 run(s) of 2 commit(s); recorded 2");
        migrate.Error.ShouldContain("skipped ");
        build.Exit.ShouldBe(0, build.Error);
        var page = Directory.GetFiles(_dir.Combine("site", "benchmarks"), "*.html").First(p => Path.GetFileName(p).Contains("time_sort", StringComparison.OrdinalIgnoreCase) || Path.GetFileName(p).Contains("time-sort", StringComparison.OrdinalIgnoreCase));
        var html = File.ReadAllText(page);
        html.ShouldContain("c09d70a");
        html.ShouldContain("4178655");
    }

    [Fact]
    public async Task A_broken_data_js_names_the_file_and_records_nothing()
    {
        var data = DataRepositories.InitBare(_dir.Combine("data.git"));
        var broken = _dir.Combine("data.js");
        File.WriteAllText(broken, File.ReadAllText(Fixture("gab/data.js")).Replace("\"date\": 1573312301293", "\"date\": \"soon\"", StringComparison.Ordinal));

        var (exit, _, error) = await InProcessCli.RunAsync("migrate", "--from", "gab", "--data", data, broken);

        exit.ShouldBe(CliApp.InputError);
        error.ShouldContain("data.js: $.entries.Rust Benchmark[1].date: expected a finite number");
        DataRepositories.Tip(data, "main").ShouldBeNull();
    }
}
