using System.Text.Json;
using StaticBench.Runner.Running;
using StaticBench.Testing;
using StaticBench.Testing.Engines;

namespace StaticBench.Cli.Tests.Commands;

public class AnalyzeCommandTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    /// <summary>The line of hash.c before which the planted loop goes: in run(), after the digest loop.</summary>
    private const string PlantBefore = "  /* Padding:";

    [EngineFact("clang-14", "musl-gcc", "node")]
    public async Task A_planted_loop_shows_up_as_the_opcodes_and_the_function_that_grew()
    {
        // Given the suite's hash, and a variant whose run() has one extra loop over its 64 KiB block
        var baseSuite = Suite("base", hash => hash);
        var headSuite = Suite("head", hash => hash.Replace(PlantBefore, "  for (unsigned i = 0; i < BLOCK; i++) total += data[i] & 1;\n" + PlantBefore, StringComparison.Ordinal));

        // When both are profiled and the head is analyzed against the base
        var baseFile = await ProfileAsync(baseSuite);
        var headFile = await ProfileAsync(headSuite);
        var (exit, json, stderr) = await InProcessCli.RunAsync("analyze", headFile, "--base", baseFile, "--format", "json", "--top", "40");

        // Then run() is the function that grew, by about the loop's 64 Ki iterations times its few instructions,
        // and the loop's byte loads and ands (widened to i64, as total is 64-bit) are among the opcodes that grew
        exit.ShouldBe(0, stderr);
        var profile = JsonDocument.Parse(json).RootElement.GetProperty("profiles").EnumerateArray().ShouldHaveSingleItem();
        var functions = profile.GetProperty("functions").EnumerateArray().ToArray();
        functions[0].GetProperty("name").GetString().ShouldBe("run");
        functions[0].GetProperty("change").GetDouble().ShouldBeInRange(4 * 65536, 12 * 65536);
        functions.Where(f => f.GetProperty("name").GetString() != "run").ShouldBeEmpty();
        var grown = profile.GetProperty("opcodes").EnumerateArray().Where(o => o.GetProperty("change").GetDouble() > 0).Select(o => o.GetProperty("name").GetString()).ToArray();
        grown.ShouldContain("i64.load8_u");
        grown.ShouldContain("i64.and");
        (profile.GetProperty("total").GetDouble() - profile.GetProperty("baseTotal").GetDouble()).ShouldBe(functions[0].GetProperty("change").GetDouble());

        // And the pretty table names the same function
        var (_, pretty, _) = await InProcessCli.RunAsync("analyze", headFile, "--base", baseFile);
        pretty.ShouldContain("│ run ");

        // And run's own pretty output shows the profile by opcode name, as analyze does
        var (_, runPretty, _) = await InProcessCli.RunAsync("run", "--metric", "opcodes", "--suite", headSuite, "--cache", _dir.Combine("cache"));
        runPretty.ShouldContain("wasm/hash [n=200,size=small] · wasm-opcodes/block-counters · execute:");
        runPretty.ShouldContain("│ local.get ");
    }

    [Fact]
    public async Task Names_from_a_module_are_escaped_in_markdown_and_csv()
    {
        // Given a profile whose function names came from a hostile module's name section
        var file = ResultFiles.Write(_dir.Path, new RunResultBuilder("r").WithProfile("wasm/x", "small",
            new Dictionary<string, double> { ["i32.add"] = 10 },
            new Dictionary<string, double> { ["<script>|x"] = 6, ["=HYPERLINK(\"a\",\"b\")"] = 4 }).Build());

        // When it is analyzed as markdown and as csv
        var (_, markdown, _) = await InProcessCli.RunAsync("analyze", file, "--format", "markdown");
        var (_, csv, _) = await InProcessCli.RunAsync("analyze", file, "--format", "csv");

        // Then no tag or table break survives in markdown, and no formula in csv
        markdown.ShouldContain("| &lt;script&gt;&#124;x | 6 | 60.00% |");
        markdown.ShouldNotContain("<script>");
        csv.ShouldContain("function,\"'=HYPERLINK(\"\"a\"\",\"\"b\"\")\",,4,,0.4");
    }

    [Fact]
    public async Task The_top_rows_are_shown_and_the_rest_summed_in_one()
    {
        var file = ResultFiles.Write(_dir.Path, new RunResultBuilder("r").WithProfile("wasm/x", "small",
            new Dictionary<string, double> { ["local.get"] = 50, ["i32.add"] = 30, ["br_if"] = 15, ["end"] = 5 },
            new Dictionary<string, double> { ["run"] = 100 }).Build());

        var (exit, csv, _) = await InProcessCli.RunAsync("analyze", file, "--format", "csv", "--top", "2");

        exit.ShouldBe(0);
        csv.Split('\n').Where(l => l.Contains(",opcode,", StringComparison.Ordinal)).Select(l => l.Split(',')[5..]).Select(c => string.Join(',', c)).ShouldBe(
        [
            "local.get,,50,,0.5",
            "i32.add,,30,,0.3",
            "(2 others),,20,,0.2",
        ]);
    }

    [Fact]
    public async Task A_file_without_profiles_is_an_input_error_naming_the_file()
    {
        var file = ResultFiles.Write(_dir.Path, new RunResultBuilder("r").Build());

        var (exit, _, stderr) = await InProcessCli.RunAsync("analyze", file);

        exit.ShouldBe(1);
        stderr.ShouldContain($"error: {file} holds no opcode-count or function-instructions results");
        stderr.ShouldContain("staticbench run --metric opcodes");
    }

    private string Suite(string name, Func<string, string> editHash)
    {
        var folder = Directory.CreateDirectory(_dir.Combine(name)).FullName;
        foreach (var file in new[] { "bench.h", "harness.c" })
        {
            File.Copy(Path.Combine(RunPlanner.BundledSuite, file), Path.Combine(folder, file));
        }

        var hash = File.ReadAllText(Path.Combine(RunPlanner.BundledSuite, "hash.c"));
        hash.ShouldContain(PlantBefore);
        File.WriteAllText(Path.Combine(folder, "hash.c"), editHash(hash));
        File.WriteAllText(Path.Combine(folder, "suite.json"), """
            { "suite": "wasm", "common": ["bench.h"], "nativeMain": "harness.c",
              "benchmarks": [ { "name": "hash", "source": "hash.c", "sizes": { "small": 200 } } ] }
            """);
        return folder;
    }

    private async Task<string> ProfileAsync(string suite)
    {
        var output = Path.Combine(suite, "profile.json");
        var (exit, _, stderr) = await InProcessCli.RunAsync(
            "run", "--metric", "opcodes", "--suite", suite, "--cache", _dir.Combine("cache"), "--format", "json", "--output", output);
        exit.ShouldBe(0, stderr);
        return output;
    }
}
