using StaticBench.Schema.Validation;
using StaticBench.Testing;

namespace StaticBench.Cli.Tests;

/// <summary>
/// The guarantee record exists for: several runners recording into one data repository at the same
/// time lose nothing. Each writer is a chain of real <c>staticbench record</c> processes, one per file.
/// </summary>
public class ConcurrentRecordingTests : IDisposable
{
    private const int Writers = 4;
    private const int RunsPerWriter = 10;
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task Concurrent_records_into_a_local_bare_repository_keep_every_result_exactly_once()
    {
        var bare = DataRepositories.InitBare(_dir.Combine("data.git"));
        await RecordConcurrentlyAndCheck(bare, bare, _ => []);
    }

    [Fact]
    public async Task Concurrent_records_to_an_HTTP_remote_from_separate_mirrors_keep_every_result_exactly_once()
    {
        await using var server = await GitHttpServer.StartAsync(Directory.CreateDirectory(_dir.Combine("served")).FullName);
        var bare = DataRepositories.InitBare(Path.Combine(server.ProjectRoot, "data.git"));
        await RecordConcurrentlyAndCheck(server.UrlOf("data.git"), bare, writer => ["--cache", _dir.Combine($"cache-{writer}")]);
    }

    private async Task RecordConcurrentlyAndCheck(string data, string bare, Func<int, string[]> extraArgs)
    {
        // Given 4 writers, each with its own 10 result files
        var inputs = Enumerable.Range(0, Writers).ToDictionary(
            w => w,
            w => Enumerable.Range(0, RunsPerWriter)
                .Select(i => ResultFiles.Write(_dir.Combine($"in-{w}"), new RunResultBuilder($"w{w}-run{i}").OnMachine($"machine-{w}").Build()))
                .ToArray());

        // When they all record at once, one process per file
        var failures = await Task.WhenAll(inputs.Select(pair => Task.Run(async () =>
        {
            var errors = new List<string>();
            foreach (var file in pair.Value)
            {
                var (exit, _, error) = await CliProcess.RunAsync(["record", "--data", data, .. extraArgs(pair.Key), file]);
                if (exit != 0)
                {
                    errors.Add($"{file}: exit {exit}: {error}");
                }
            }

            return errors;
        })));

        // Then every call succeeded, each result is in the tip tree byte for byte and parses,
        // and history is a line of exactly one commit per call
        failures.SelectMany(f => f).ShouldBeEmpty();
        var files = DataRepositories.Files(bare, "main");
        files.Count.ShouldBe(Writers * RunsPerWriter);
        foreach (var input in inputs.Values.SelectMany(f => f))
        {
            var stored = files[$"results/2026/11/21/{Path.GetFileName(input)}"];
            stored.ShouldBe(File.ReadAllBytes(input));
            ResultReader.Read(stored, input).IsValid.ShouldBeTrue();
        }

        var history = DataRepositories.History(bare, "main");
        history.Count.ShouldBe(Writers * RunsPerWriter);
        history.Count(c => c.Parents == 0).ShouldBe(1);
        history.ShouldAllBe(c => c.Parents <= 1);
    }
}
