using StaticBench.Testing;

namespace StaticBench.Cli.Tests.Commands;

/// <summary>The multicore JIT profile an incremental build keeps beside its history cache (written when the process ends, so these run the real program).</summary>
public class JitProfileTests : IDisposable
{
    private readonly TempDirectory _dir = new();
    private readonly ScriptedDataRepository _data = new();

    public void Dispose()
    {
        _data.Dispose();
        _dir.Dispose();
    }

    private static (string Path, object Content) Run(string id, int commit, double value) =>
        ($"results/2026/11/21/{id}.json",
         new RunResultBuilder(id)
             .AtCommit(RunResultBuilder.Commit(commit), DateTimeOffset.UnixEpoch.AddHours(commit), commit > 1 ? [RunResultBuilder.Commit(commit - 1)] : [])
             .WithResult("sort/quick", "compile", value, value * 1.01)
             .Build());

    private Task<(int ExitCode, string Out, string Error)> Build(params string[] extra) =>
        CliProcess.RunAsync(["build", "--data", _data.Path, "--out", _dir.Combine("site"), "--cache", _dir.Combine("cache"), .. extra]);

    private string[] Profiles() => Directory.GetFiles(_dir.Combine("cache"), "*.jitprofile", SearchOption.AllDirectories);

    [Fact]
    public async Task A_build_that_reads_something_new_keeps_a_jit_profile_beside_its_cache_and_one_with_nothing_new_leaves_it_alone_issue_13()
    {
        // Given a data branch with one run, built once
        _data.Commit("first", Run("r1", 1, 1000));
        (await Build()).ExitCode.ShouldBe(0);

        // Then the profile of the methods it compiled sits beside the history cache, named after it
        var profile = Profiles().ShouldHaveSingleItem();
        var cache = Directory.GetFiles(Path.GetDirectoryName(profile)!, "*.cache").ShouldHaveSingleItem();
        Path.ChangeExtension(cache, ".jitprofile").ShouldBe(profile);
        new FileInfo(profile).Length.ShouldBeGreaterThan(0);

        // When the site is built again with nothing new, then the profile is not written again
        var written = File.GetLastWriteTimeUtc(profile);
        var unchanged = await Build();
        unchanged.Out.ShouldContain("nothing new since data commit");
        File.GetLastWriteTimeUtc(profile).ShouldBe(written);

        // When a run arrives, the build uses the profile and writes it again; without the cache (--full) there is none to use or write
        _data.Commit("second", Run("r2", 2, 1100));
        var next = await Build();
        next.ExitCode.ShouldBe(0, next.Error);
        File.GetLastWriteTimeUtc(profile).ShouldBeGreaterThan(written);
        Directory.Delete(_dir.Combine("cache"), recursive: true);
        (await Build("--full")).ExitCode.ShouldBe(0);
        Directory.Exists(_dir.Combine("cache")).ShouldBeFalse();
    }
}
