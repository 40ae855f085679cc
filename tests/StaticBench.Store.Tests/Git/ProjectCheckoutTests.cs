using StaticBench.Store.Git;
using StaticBench.Store.Recording;
using StaticBench.Testing;

namespace StaticBench.Store.Tests.Git;

/// <summary>Materializing a pull request's head and base from a real smart-HTTP remote, and reading one data-branch file.</summary>
public class ProjectCheckoutTests : WithGitHttpServer
{
    [Fact]
    public void Head_and_base_of_a_pull_request_become_plain_folders_described_for_run_project()
    {
        // Given a project whose PR #3 head exists only under refs/pull/3/head
        var project = ProjectRepositories.Create(
            Path.Combine(Server.ProjectRoot, "project.git"),
            new Dictionary<string, string> { ["src/a.txt"] = "base" },
            new Dictionary<string, string> { ["src/a.txt"] = "head", ["b.txt"] = "new" },
            pullRequest: 3);
        var url = Server.UrlOf("project.git");
        string[] specs = ["+refs/pull/3/head:refs/staticbench/pull/3", "+refs/heads/main:refs/remotes/origin/main"];

        // When both commits are materialized
        var head = ProjectCheckout.Materialize(url, specs, project.HeadSha, Dir.Combine("head"), "pull/3", Dir.Combine("cache"));
        var @base = ProjectCheckout.Materialize(url, specs, project.BaseSha, Dir.Combine("base"), "main", Dir.Combine("cache"));

        // Then each folder holds exactly that commit's tree, without .git, and the descriptions match
        File.ReadAllText(Dir.Combine("head", "src", "a.txt")).ShouldBe("head");
        File.ReadAllText(Dir.Combine("head", "b.txt")).ShouldBe("new");
        File.ReadAllText(Dir.Combine("base", "src", "a.txt")).ShouldBe("base");
        File.Exists(Dir.Combine("base", "b.txt")).ShouldBeFalse();
        Directory.Exists(Dir.Combine("head", ".git")).ShouldBeFalse();
        head.Commit.ShouldBe(project.HeadSha);
        head.Parents.ShouldBe([project.BaseSha]);
        @base.Commit.ShouldBe(project.BaseSha);
        @base.Branch.ShouldBe("main");
        head.Repository.ShouldBe(ProjectCommits.WebUrl(url));
    }

    [Fact]
    public void A_commit_the_remote_does_not_have_is_a_clear_error()
    {
        var project = ProjectRepositories.Create(
            Path.Combine(Server.ProjectRoot, "p.git"), new Dictionary<string, string> { ["a"] = "1" }, new Dictionary<string, string> { ["a"] = "2" });

        var error = Should.Throw<DataRepositoryException>(() => ProjectCheckout.Materialize(
            Server.UrlOf("p.git"), ["+refs/heads/main:refs/remotes/origin/main"], new string('a', 40), Dir.Combine("x"), "main", Dir.Combine("cache")));

        error.Message.ShouldContain(new string('a', 40));
        project.BaseSha.ShouldNotBeNull();
    }

    [Fact]
    public void A_file_of_the_data_branch_is_read_from_its_tip_and_a_missing_one_is_null()
    {
        var data = DataRepositories.InitBare(Dir.Combine("data.git"));
        var input = ResultFiles.Write(Dir.Combine("in"), new RunResultBuilder("run-1").Build());
        Recorder.Record(new RecordOptions(data, [input], DataFolder: "bench"));

        var location = DataRepositoryLocation.Parse(data);
        DataBranchFile.Read(location, "main", "bench/results/2026/11/21/run-1.json")!.ShouldContain("run-1");
        DataBranchFile.Read(location, "main", "bench/bot/allow-list.txt").ShouldBeNull();
    }
}
