namespace StaticBench.Importers.Tests;

public sealed class ImporterRegistryTests
{
    // Every real fixture is recognized as the format that wrote it.
    [Theory]
    [InlineData("hyperfine/sleep.json", "hyperfine")]
    [InlineData("google-benchmark/repetitions.json", "google-benchmark")]
    [InlineData("go/bench.txt", "go")]
    [InlineData("go/bench.jsonl", "go")]
    [InlineData("pytest-benchmark/saved.json", "pytest-benchmark")]
    [InlineData("catch2/v2.xml", "catch2")]
    [InlineData("catch2/v3.xml", "catch2")]
    [InlineData("benchmarkdotnet/SortBenchmarks-report-full-compressed.json", "benchmarkdotnet")]
    [InlineData("benchmarkdotnet/SortBenchmarks-report-brief.json", "benchmarkdotnet")]
    [InlineData("benchmarkdotnet/SortBenchmarks-measurements.csv", "benchmarkdotnet")]
    [InlineData("vitest/bench.json", "vitest")]
    [InlineData("libtest/bench.txt", "libtest")]
    [InlineData("benchmarkjs/output.txt", "benchmarkjs")]
    [InlineData("gab/custom-smaller.json", "gab")]
    [InlineData("bmf/report.json", "bmf")]
    [InlineData("jmh/results.json", "jmh")]
    [InlineData("sightglass/multi-engine.json", "sightglass")]
    [InlineData("sightglass/results-with-headers.csv", "sightglass")]
    [InlineData("tinybench/tasks.json", "tinybench")]
    [InlineData("tinybench/table.txt", "tinybench")]
    public void Auto_guesses_the_format_of_each_real_output(string fixture, string format) =>
        ImporterRegistry.Default.Guess([Fixture.Read(fixture)]).Importer.Name.ShouldBe(format);

    [Fact]
    public void A_file_no_format_recognizes_is_refused_with_the_names()
    {
        var error = Should.Throw<ImportException>(() => ImporterRegistry.Default.Guess([ImportSource.FromText("notes.txt", "hello")]));

        error.Message.ShouldStartWith("notes.txt: start of file: no known format recognized it");
    }
}
