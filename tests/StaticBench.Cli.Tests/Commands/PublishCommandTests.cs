using StaticBench.Testing;

namespace StaticBench.Cli.Tests.Commands;

public class PublishCommandTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task Publishing_reports_the_commit_then_an_unchanged_site()
    {
        var repo = DataRepositories.InitBare(_dir.Combine("pages.git"));
        var site = Directory.CreateDirectory(_dir.Combine("site")).FullName;
        File.WriteAllText(Path.Combine(site, "index.html"), "<h1>bench</h1>");

        var first = await InProcessCli.RunAsync("publish", "--site", site, "--repo", repo);
        var second = await InProcessCli.RunAsync("publish", "--site", site, "--repo", repo);

        first.Exit.ShouldBe(0);
        first.Out.ShouldContain($"commit {DataRepositories.Tip(repo, "gh-pages")}");
        second.Exit.ShouldBe(0);
        second.Out.ShouldStartWith("site unchanged");
    }

    [Fact]
    public async Task A_missing_site_folder_exits_1_with_an_error()
    {
        var repo = DataRepositories.InitBare(_dir.Combine("pages.git"));
        var missing = _dir.Combine("no-site");

        var (exit, _, error) = await InProcessCli.RunAsync("publish", "--site", missing, "--repo", repo);

        exit.ShouldBe(1);
        error.ShouldStartWith($"error: site folder '{missing}' does not exist");
    }

    [Fact]
    public async Task A_site_whose_last_build_was_stopped_half_way_is_not_published()
    {
        // Given a site folder beside which a killed build left committed but unapplied changes
        var repo = DataRepositories.InitBare(_dir.Combine("pages.git"));
        var site = Directory.CreateDirectory(_dir.Combine("site")).FullName;
        File.WriteAllText(Path.Combine(site, "index.html"), "<h1>bench</h1>");
        var staging = new Site.Output.StagedChanges(site).Folder;
        Directory.CreateDirectory(staging);
        File.WriteAllText(Path.Combine(staging, ".staticbench-journal.json"), """{ "moves": ["index.html"], "deletes": [] }""");

        // When it is published
        var (exit, _, error) = await InProcessCli.RunAsync("publish", "--site", site, "--repo", repo);

        // Then nothing is pushed and the user is told to build again
        exit.ShouldBe(1);
        error.ShouldContain("run staticbench build again");
        DataRepositories.Tip(repo, "gh-pages").ShouldBeNull();
    }
}
