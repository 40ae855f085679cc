using LibGit2Sharp;
using StaticBench.Store.Git;
using StaticBench.Testing;

namespace StaticBench.Store.Tests.Git;

public class GitEnvironmentTests
{
    [Fact]
    public void The_bundled_libgit2_is_loaded_and_reads_config()
    {
        // Given the libgit2 bundled with LibGit2Sharp (the compare-and-swap P/Invoke names its file)
        GitEnvironment.EnsureInitialized();
        GitEnvironment.LibGit2Commit.ShouldStartWith("5853918");
        using var dir = new TempDirectory();
        Repository.Init(dir.Path, isBare: true);
        using var repo = new Repository(dir.Path);

        // When libgit2 reads configuration (Debian's libgit2 1.5 threw "ProgramData file 'config' doesn't exist")
        repo.Config.Set("user.name", "Bench Bot");
        repo.Config.Set("user.email", "bot@example.org");
        var signature = repo.Config.BuildSignature(DateTimeOffset.UnixEpoch);

        // Then it works
        signature.Name.ShouldBe("Bench Bot");
    }

    [Theory]
    [InlineData("https://github.com/org/data.git", true)]
    [InlineData("git@github.com:org/data.git", true)]
    [InlineData("file:///srv/data.git", false)]
    [InlineData("relative/folder", false)]
    public void Locations_are_local_or_remote(string argument, bool remote)
    {
        DataRepositoryLocation.Parse(argument).IsRemote.ShouldBe(remote);
    }
}
