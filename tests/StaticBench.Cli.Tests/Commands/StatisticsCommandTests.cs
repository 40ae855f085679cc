using System.Text.Json.Nodes;
using StaticBench.Testing;

namespace StaticBench.Cli.Tests.Commands;

public class StatisticsCommandTests
{
    [Fact]
    public async Task Detect_prints_each_series_change_points_in_the_documented_json_shape()
    {
        // Given a series with a +100% step at index 20, and one without change
        using var temp = new TempDirectory();
        var input = Path.Combine(temp.Path, "series.json");
        var values = string.Join(",", Enumerable.Range(0, 40).Select(i => i < 20 ? "10" : "20"));
        File.WriteAllText(input, $$"""{"step": [{{values}}], "flat": [1,1,1,1,1,1,1,1,1,1,1,1]}""");

        // When detect runs with --format json
        var (exit, output, _) = await InProcessCli.RunAsync("detect", "--input", input, "--format", "json");

        // Then it reports index, change and confidence per series
        exit.ShouldBe(0);
        var root = JsonNode.Parse(output)!.AsObject();
        root["flat"]!.AsArray().ShouldBeEmpty();
        var change = root["step"]!.AsArray().ShouldHaveSingleItem()!.AsObject();
        change.Select(p => p.Key).ShouldBe(["index", "change", "confidence"]);
        change["index"]!.GetValue<int>().ShouldBe(20);
        change["change"]!.GetValue<double>().ShouldBe(1.0, tolerance: 1e-9);
    }

    [Fact]
    public async Task Compare_fails_ci_only_on_a_regression_beyond_the_given_percent()
    {
        // Given base and head result files where head's instruction count is 3% higher
        using var temp = new TempDirectory();
        var baseFile = ResultFiles.Write(temp.Path, new RunResultBuilder("base").WithResult(Counts("count-me", 1000)).Build());
        var headFile = ResultFiles.Write(temp.Path, new RunResultBuilder("head").WithResult(Counts("count-me", 1030)).Build());

        // When compared with thresholds of 5% and 2%
        var lenient = await InProcessCli.RunAsync("compare", baseFile, headFile, "--fail-on-regression", "5");
        var strict = await InProcessCli.RunAsync("compare", baseFile, headFile, "--fail-on-regression", "2", "--format", "json");
        var markdown = await InProcessCli.RunAsync("compare", baseFile, headFile, "--format", "markdown");

        // Then only the strict run fails, with the regression in its output
        lenient.Exit.ShouldBe(0);
        lenient.Out.ShouldContain("worse");
        strict.Exit.ShouldBe(3);
        JsonNode.Parse(strict.Out)!["comparisons"]![0]!["verdict"]!.GetValue<string>().ShouldBe("regression");
        markdown.Out.ShouldContain("**1 regression(s)**");
    }

    [Fact]
    public async Task Compare_of_a_missing_file_is_an_input_error()
    {
        var (exit, _, error) = await InProcessCli.RunAsync("compare", "no-such-base.json", "no-such-head.json");

        exit.ShouldBe(1);
        error.ShouldContain("no-such-base.json");
    }

    private static Schema.Model.BenchmarkResult Counts(string benchmark, double value) => new()
    {
        Benchmark = benchmark, Phase = "compile", Metric = "instructions", Unit = "count", Better = Schema.Model.Better.Lower, Samples = [value, value],
    };
}
