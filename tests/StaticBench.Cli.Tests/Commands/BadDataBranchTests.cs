using System.Text;
using System.Text.Json.Nodes;
using StaticBench.Schema.Units;
using StaticBench.Testing;

namespace StaticBench.Cli.Tests.Commands;

/// <summary>
/// Issue 15: "a bad file in the data branch is skipped and listed, never fatal", at every stage. Each
/// known-bad file is committed with plain git (as anyone with push access could), next to valid runs
/// whose values sit at the edges of what is accepted, and the real staticbench program builds the site.
/// </summary>
public class BadDataBranchTests : IDisposable
{
    private const string Day = "results/2026/11/21";

    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task Issue15_every_known_bad_file_committed_with_git_is_skipped_and_listed_and_the_site_is_built()
    {
        // Given a data branch made with git itself: two valid runs of one series whose values are the smallest
        // and largest accepted (their ratio is what overflowed before), every known-bad result file, and
        // other files the build reads (Markdown, acknowledgements, settings) in broken forms
        var work = _dir.Combine("data");
        GitProcess.Run("init", "-q", "-b", "main", work);
        Write(work, $"{Day}/edge-1.json", Edge("edge-1", 1, SampleRange.Smallest));
        Write(work, $"{Day}/edge-2.json", Edge("edge-2", 2, SampleRange.Largest));
        foreach (var bad in KnownBadResults.All)
        {
            Write(work, $"{Day}/{bad.Name}.json", bad.Bytes);
        }

        Write(work, $"{Day}/newline\n.json", KnownBadResults.Valid("newline\n").ToJsonString());
        Write(work, "notes\\evil.md", "# a backslash in the name");
        Write(work, "acknowledgements/bad.json", "{\"series\": 1, \"commit\": \"\\ud800\"}");
        Write(work, "staticbench.json", "{\"minEffect\": 1e400}");
        GitProcess.Run("-C", work, "add", "-A");
        GitProcess.Run("-C", work, "-c", "user.name=attacker", "-c", "user.email=a@example.org", "commit", "-q", "-m", "everything bad");

        // When the site is built by the staticbench program
        var (exit, stdout, stderr) = await CliProcess.RunAsync("build", "--data", work, "--out", _dir.Combine("site"), "--cache", _dir.Combine("cache"));

        // Then the build succeeds with the two valid runs, and every bad file is listed with why
        exit.ShouldBe(0, stderr);
        stdout.ShouldContain("2 run(s), 1 benchmark(s), 1 series");
        foreach (var bad in KnownBadResults.All)
        {
            stderr.ShouldContain($"skipped {Day}/{bad.Name}.json: {bad.Path}: ", customMessage: stderr);
        }

        stderr.ShouldContain("notes\\evil.md: a Markdown file name must not contain a backslash");
        stderr.ShouldContain("skipped acknowledgements/bad.json");
        stderr.ShouldContain("skipped staticbench.json");
        stderr.ShouldContain($"skipped {Day}/newline\\u000a.json: $.run.id"); // control characters are printed escaped
        File.ReadAllText(_dir.Combine("site", "index.html")).ShouldContain($"{Day}/unknown-unit.json");
    }

    private static void Write(string work, string path, string text) => Write(work, path, Encoding.UTF8.GetBytes(text));

    private static void Write(string work, string path, byte[] bytes)
    {
        var full = Path.Combine(work, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
    }

    private static string Edge(string id, int commit, double value)
    {
        var run = new RunResultBuilder(id)
            .AtCommit(RunResultBuilder.Commit(commit), DateTimeOffset.UnixEpoch.AddHours(commit), commit > 1 ? [RunResultBuilder.Commit(commit - 1)] : [])
            .WithResult("sort/quick", "compile", value, value)
            .StartedAt(new DateTimeOffset(2026, 11, 21, 10, commit, 0, TimeSpan.Zero))
            .Build();
        return JsonNode.Parse(StaticBench.Schema.Json.ResultJson.Serialize(run))!.ToJsonString();
    }
}
