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
    public async Task Detect_takes_gaps_and_samples_and_says_each_series_status_issue_14()
    {
        // Given a series with a gap, and a short history of samples that doubled at its third run
        using var temp = new TempDirectory();
        var input = Path.Combine(temp.Path, "series.json");
        var steady = string.Join(",", Enumerable.Range(0, 30).Select(i => i == 12 ? "null" : i < 20 ? "10" : "20"));
        string Run(double level) => "[" + string.Join(",", Enumerable.Range(0, 10).Select(k => (level * (1 + 0.01 * k)).ToString(System.Globalization.CultureInfo.InvariantCulture))) + "]";
        File.WriteAllText(input, $$"""{"gappy": [{{steady}}], "generate": [{{Run(1e9)}}, {{Run(1e9)}}, {{Run(2e9)}}], "one": [5]}""");

        // When detect runs, pretty and as JSON
        var pretty = await InProcessCli.RunAsync("detect", "--input", input);
        var json = await InProcessCli.RunAsync("detect", "--input", input, "--format", "json");

        // Then the gap is skipped, positions count it, and the short history's step is found at once
        pretty.Exit.ShouldBe(0);
        var root = JsonNode.Parse(json.Out)!.AsObject();
        root["gappy"]!.AsArray().ShouldHaveSingleItem()!["index"]!.GetValue<int>().ShouldBe(20);
        root["generate"]!.AsArray().ShouldHaveSingleItem()!["index"]!.GetValue<int>().ShouldBe(2);
        pretty.Out.ShouldContain("gappy: 29 point(s) and 1 gap(s), 1 change(s); status: regression +100.0%, 9 point(s) ago");
        pretty.Out.ShouldContain("generate: 3 point(s), 1 change(s); status: regression +100.0%, at the newest point");
        pretty.Out.ShouldContain("one: 1 point(s), 0 change(s); status: too little data");
    }

    [Fact]
    public async Task Detect_names_the_shape_of_a_step_read_as_a_wander_issue_14()
    {
        // Given ten series of 400 points of 3% noise wandering as a sine of 3% with a period of 200 commits
        using var temp = new TempDirectory();
        var input = Path.Combine(temp.Path, "series.json");
        string Sine(int seed)
        {
            var random = new Random(seed);
            return "[" + string.Join(",", Enumerable.Range(0, 400).Select(i =>
                (100 * Math.Exp((0.03 * Math.Sin(2 * Math.PI * i / 200)) + (0.03 * Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble()))))
                .ToString("R", System.Globalization.CultureInfo.InvariantCulture))) + "]";
        }

        File.WriteAllText(input, "{" + string.Join(",", Enumerable.Range(1, 10).Select(k => $"\"wander-{k}\": {Sine(k)}")) + "}");

        // When detect runs with --format json
        var (exit, output, _) = await InProcessCli.RunAsync("detect", "--input", input, "--format", "json");

        // Then steps the excursions read as a wander say which shape, in the documented words
        exit.ShouldBe(0);
        var shapes = JsonNode.Parse(output)!.AsObject()
            .SelectMany(series => series.Value!.AsArray())
            .Select(change => change!["excursion"]?["shape"]?.GetValue<string>())
            .OfType<string>()
            .ToArray();
        shapes.ShouldNotBeEmpty();
        shapes.ShouldAllBe(shape => shape == "level" || shape == "curve" || shape == "sawtooth");
    }

    [Fact]
    public async Task Detect_names_a_bad_entry_by_series_and_position()
    {
        using var temp = new TempDirectory();
        var input = Path.Combine(temp.Path, "series.json");
        File.WriteAllText(input, """{"s": [1, [2, "x"]]}""");

        var (exit, _, error) = await InProcessCli.RunAsync("detect", "--input", input);

        exit.ShouldBe(1);
        error.ShouldContain("'s'[1][1]: expected a finite number");
        error.ShouldContain("series.json");
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
    public async Task Compare_writes_csv_one_row_per_series_with_outside_text_made_inert_issue_14()
    {
        // Given a run compared with itself, one benchmark named like a spreadsheet formula
        using var temp = new TempDirectory();
        var run = new RunResultBuilder("same").WithResult("=HYPERLINK(\"x\",1)", "compile", 1200, 1250, 1190, 1300).WithResult(Counts("count-me", 1000)).Build();
        var file = ResultFiles.Write(temp.Path, run);

        // When compared as CSV and as the pretty table
        var csv = await InProcessCli.RunAsync("compare", file, file, "--format", "csv");
        var pretty = await InProcessCli.RunAsync("compare", file, file);

        // Then a header and one row per series, the formula quoted and inert, and both series unchanged
        csv.Exit.ShouldBe(0);
        var lines = csv.Out.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines[0].ShouldStartWith("name,machine,benchmark,parameters,engine,phase,metric,unit,better,method,verdict,change,");
        lines.Length.ShouldBe(3);
        csv.Out.ShouldContain("\"'=HYPERLINK(\"\"x\"\",1)");
        lines.Skip(1).ShouldAllBe(l => l.Contains(",no-change,"));
        pretty.Out.ShouldContain("0 regression(s), 0 improvement(s), 2 unchanged, 0 too noisy to say");
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
