using StaticBench.Schema.Validation;
using StaticBench.Testing;
using StaticBench.Testing.Engines;

namespace StaticBench.Cli.Tests.Commands;

/// <summary><c>staticbench run</c> and <c>engines</c> through the command line, on the real node where needed.</summary>
public class RunCommandTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    /// <summary>A user suite: one module (run() returns 42) and its expected checksum.</summary>
    private string Suite()
    {
        var suite = Directory.CreateDirectory(_dir.Combine("mine")).FullName;
        // (module (func (export "run") (result i32) i32.const 42))
        File.WriteAllBytes(Path.Combine(suite, "answer.wasm"),
        [
            0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 0x01, 0x05, 0x01, 0x60, 0x00, 0x01, 0x7f, 0x03, 0x02, 0x01, 0x00,
            0x07, 0x07, 0x01, 0x03, 0x72, 0x75, 0x6e, 0x00, 0x00, 0x0a, 0x06, 0x01, 0x04, 0x00, 0x41, 0x2a, 0x0b,
        ]);
        File.WriteAllText(Path.Combine(suite, "answer.checksum"), "42");
        return suite;
    }

    [EngineFact("node")]
    [Trait("Category", "Engine")]
    public async Task Json_output_is_a_result_file_that_record_accepts_and_the_output_file_holds_the_same()
    {
        // Given a user suite and this repository as the benchmarked project
        var output = _dir.Combine("run.json");

        // When run with JSON output
        var (exit, stdout, stderr) = await InProcessCli.RunAsync(
            "run", "--suite", Suite(), "--engine", "v8-optimizing", "--samples", "2", "--warmup", "0",
            "--format", "json", "--output", output, "--project", RepositoryRoot.Path, "--cache", _dir.Combine("cache"), "--machine", "ci box");

        // Then the result file goes to --output only (issue 17: not also to stdout), valid, recordable, with progress and notes on stderr
        exit.ShouldBe(0, stderr);
        stdout.ShouldBeEmpty();
        var read = ResultReader.ReadFile(output);
        read.IsValid.ShouldBeTrue(string.Join('\n', read.Problems));
        read.Result!.Run.Machine.Name.ShouldBe("ci box");
        read.Result.Run.Id.ShouldContain("-ci-box-");
        read.Result.Results.Select(r => r.Benchmark).Distinct().ShouldBe(["mine/answer"]);
        stderr.ShouldContain("progress: 1/2 samples (50%), 0:");
        stderr.ShouldContain("elapsed, about ");

        var data = DataRepositories.InitBare(_dir.Combine("data.git"));
        var (recordExit, _, recordError) = await InProcessCli.RunAsync("record", "--data", data, output);
        recordExit.ShouldBe(0, recordError);
    }

    [EngineFact("node")]
    [Trait("Category", "Engine")]
    public async Task Markdown_output_is_a_table_of_phases_by_engine()
    {
        var (exit, stdout, stderr) = await InProcessCli.RunAsync(
            "run", "--suite", Suite(), "--engine", "v8-baseline", "v8-aot", "--samples", "1", "--warmup", "0",
            "--format", "markdown", "--project", RepositoryRoot.Path, "--cache", _dir.Combine("cache"));

        exit.ShouldBe(0, stderr);
        stdout.ShouldContain("### `mine/answer` [default]");
        stdout.ShouldContain("| phase | v8-baseline | v8-aot |");
        stdout.ShouldContain("| aot-compile (artifact-size) |");
    }

    [EngineFact("valgrind", "wasm-interp")]
    [Trait("Category", "Engine")]
    public async Task Instruction_counts_are_exact_and_engines_that_cannot_count_say_so()
    {
        // When instructions are counted on the interpreter (exact) and on Cranelift (threads: refused)
        var (exit, stdout, stderr) = await InProcessCli.RunAsync(
            "run", "--suite", Suite(), "--engine", "wasm-interp", "cranelift", "--metric", "instructions", "--samples", "2",
            "--format", "json", "--project", RepositoryRoot.Path, "--cache", _dir.Combine("cache"));

        // Then every result is a count, its two samples are identical, and the refusal is one line
        exit.ShouldBe(0, stderr);
        var results = ResultReader.Read(System.Text.Encoding.UTF8.GetBytes(stdout), "stdout").Result!.Results;
        results.ShouldNotBeEmpty();
        results.ShouldAllBe(r => r.Metric == "instructions" && r.Unit == "count" && r.Samples.Count == 2 && r.Samples[0] == r.Samples[1] && r.Samples[0] > 0);
        results.ShouldAllBe(r => r.Exact == true); // issue 14: marked, so changes are found without statistics
        stderr.ShouldContain("skipping engine cranelift:");
    }

    [EngineFact("node")]
    [Trait("Category", "Engine")]
    public async Task Compile_scaling_reports_the_exponent_of_time_against_module_size()
    {
        // When compile time is measured on generated modules of growing size (a quick, small set)
        var (exit, stdout, stderr) = await InProcessCli.RunAsync(
            "run", "--scaling", "true", "--quick", "--bench", "compile-scaling/small-functions", "--engine", "v8-baseline",
            "--samples", "2", "--warmup", "0", "--project", RepositoryRoot.Path, "--cache", _dir.Combine("cache"));

        // Then a log-log fit is printed for the engine and shape, with its interval
        exit.ShouldBe(0, stderr);
        stdout.ShouldContain("Compile time against module size");
        stdout.ShouldMatch(@"small-functions\s+v8-baseline\s+k = \d\.\d\d \[");
    }

    [Fact]
    public async Task Outside_a_git_checkout_the_run_says_how_to_name_the_project()
    {
        var (exit, _, stderr) = await InProcessCli.RunAsync("run", "--suite", Suite(), "--project", _dir.Path);

        exit.ShouldBe(1);
        stderr.ShouldContain("pass --project <dir>");
    }

    [Fact]
    public async Task Engines_lists_every_known_engine_with_installed_and_version()
    {
        var (exit, stdout, _) = await InProcessCli.RunAsync("engines");

        exit.ShouldBe(0);
        foreach (var engine in new[] { "v8-baseline", "v8-optimizing", "v8-default", "v8-aot", "native" })
        {
            stdout.ShouldContain(engine);
        }
    }

    [Fact]
    public async Task An_unknown_benchmark_lists_the_known_ones_before_anything_runs_issue_17()
    {
        var (exit, _, stderr) = await InProcessCli.RunAsync("run", "--bench", "nosuch", "--project", RepositoryRoot.Path, "--cache", _dir.Combine("cache"));

        exit.ShouldBe(CliApp.InputError);
        stderr.ShouldContain("error: unknown benchmark nosuch; known: wasm/sort, wasm/hash, wasm/parser, wasm/matrix, wasm/compress, compile-scaling/");
    }

    [Fact]
    public async Task Format_names_are_lower_case_in_help_and_a_wrong_one_lists_them_issue_17()
    {
        var help = await InProcessCli.RunAsync("run", "--help");
        var wrong = await InProcessCli.RunAsync("run", "--format", "xml", "--project", RepositoryRoot.Path);

        help.Out.ShouldContain("--format <csv|json|markdown|pretty>");
        wrong.Exit.ShouldNotBe(0);
        (wrong.Out + wrong.Error).ShouldContain("'csv'");
        (wrong.Out + wrong.Error).ShouldNotContain("RunFormat");
    }

    [EngineFact("node")]
    [Trait("Category", "Engine")]
    public async Task Csv_output_has_a_header_and_a_row_per_result_issue_17()
    {
        var (exit, stdout, stderr) = await InProcessCli.RunAsync(
            "run", "--suite", Suite(), "--engine", "v8-optimizing", "--phase", "compile", "--samples", "2", "--warmup", "0",
            "--format", "csv", "--project", RepositoryRoot.Path, "--cache", _dir.Combine("cache"));

        exit.ShouldBe(0, stderr);
        var lines = stdout.TrimEnd().Split('\n');
        lines[0].ShouldBe("benchmark,size,engine,phase,metric,unit,n,min,median,max,native_ratio");
        lines.Skip(1).ShouldContain(line => line.StartsWith("mine/answer,default,v8-optimizing,compile,wall-time,ns,2,", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Engines_shows_the_name_results_use_beside_the_name_engine_takes_issue_17()
    {
        var (_, stdout, _) = await InProcessCli.RunAsync("engines");

        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines[0].ShouldStartWith("engine ");
        lines[0].ShouldContain("in results");
        lines.ShouldContain(line => line.StartsWith("cranelift ", StringComparison.Ordinal) && line.Contains("cranelift-wasmtime-npm"));
        // Aligned: every row's "installed" column starts where its heading does.
        var column = lines[0].IndexOf("installed", StringComparison.Ordinal);
        lines.Skip(1).ShouldAllBe(line => line.Substring(column, 3) == "yes" || line.Substring(column, 3) == "no ");
    }
}
