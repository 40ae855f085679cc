using StaticBench.Testing;

namespace StaticBench.Cli.Tests;

/// <summary>
/// Where the native build (<c>bin/staticbench</c>) differs from the managed one underneath, and what it does about it:
/// libgit2 answers some calls through a buffer that never comes back, and Octokit needs code generated at run time.
/// </summary>
public class NativeBuildTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task Record_commits_as_the_user_named_in_the_home_folders_git_config()
    {
        // Given a user whose name is set only in ~/.gitconfig, and a data repository
        var home = Directory.CreateDirectory(_dir.Combine("home")).FullName;
        File.WriteAllText(Path.Combine(home, ".gitconfig"), "[user]\n\tname = Ada Runner\n\temail = ada@example.org\n");
        var data = DataRepositories.InitBare(_dir.Combine("data.git"));
        var result = ResultFiles.Write(_dir.Combine("in"), new RunResultBuilder("run-1").Build());

        // When the native program records a run
        var (exit, _, error) = await CliProcess.RunAsync(
            new Dictionary<string, string?> { ["HOME"] = home, ["XDG_CONFIG_HOME"] = null }, "record", "--data", data, result);

        // Then the commit is by that user, not by the fallback author
        exit.ShouldBe(0, error);
        GitProcess.Run("--git-dir", data, "log", "-1", "--format=%an <%ae>", "main").Trim().ShouldBe("Ada Runner <ada@example.org>");
    }

    [Fact]
    public async Task Comment_refuses_before_calling_github_and_names_the_managed_build()
    {
        // Given two result files and a token
        var baseFile = ResultFiles.Write(_dir.Combine("base"), new RunResultBuilder("base").Build());
        var headFile = ResultFiles.Write(_dir.Combine("head"), new RunResultBuilder("head").Build());

        // When the native program is asked to comment (at an address where nothing listens)
        var (exit, _, error) = await CliProcess.RunAsync(
            new Dictionary<string, string?> { ["STATICBENCH_GITHUB_TOKEN"] = "t" },
            "comment", baseFile, headFile, "--repo", "example/engine", "--pr", "7", "--api-url", "http://127.0.0.1:9/");

        // Then it says why and which program can, with the input-error exit code and no crash
        exit.ShouldBe(1);
        error.ShouldContain("dotnet staticbench.dll");
        error.ShouldNotContain("Unhandled exception");
    }
}
