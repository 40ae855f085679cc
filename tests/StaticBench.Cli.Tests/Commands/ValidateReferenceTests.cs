using StaticBench.Testing;

namespace StaticBench.Cli.Tests.Commands;

public class ValidateReferenceTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task Validate_tells_reference_files_from_result_files_and_checks_each_by_its_format()
    {
        // Given a valid reference file, one without its address, and a result file
        var good = ResultFiles.WriteRaw(_dir.Path, "good.json", """
            { "schema": "staticbench/reference/v1",
              "source": { "system": "X VM", "version": "1.0", "hardware": "laptop", "url": "https://example.org/bench", "published": "2025-01-02" },
              "results": [ { "benchmark": "sha256", "jobSize": 1024, "jobSizeUnit": "bytes", "metric": "proving-time", "value": 2.5, "unit": "s", "better": "lower" } ] }
            """);
        var bad = ResultFiles.WriteRaw(_dir.Path, "bad.json", File.ReadAllText(good).Replace("\"url\": \"https://example.org/bench\", ", "", StringComparison.Ordinal));
        var result = ResultFiles.Write(_dir.Path, new RunResultBuilder("r").Build());

        // When all three are validated
        var (exit, stdout, stderr) = await InProcessCli.RunAsync("validate", good, bad, result);

        // Then the good ones pass, the bad one is named by its JSON path, and the exit code says one failed
        exit.ShouldBe(1);
        stdout.ShouldContain($"ok {good}: references of X VM 1.0 (laptop), 1 result(s)");
        stdout.ShouldContain($"ok {result}: run r");
        stderr.ShouldContain($"{bad}: $.source.url: is required");
        stderr.ShouldContain("1 of 3 file(s) invalid");
    }
}
