using System.CommandLine;
using StaticBench.Cli.Analyzing;
using StaticBench.Cli.Reports;
using StaticBench.Cli.Running;
using StaticBench.Runner.Engines;
using StaticBench.Runner.Engines.Configured;
using StaticBench.Runner.Scaling;
using StaticBench.Runner.Reporting;
using StaticBench.Runner.Running;
using StaticBench.Runner.Suite;
using StaticBench.Schema.Json;
using StaticBench.Schema.Model;
using StaticBench.Store.Git;

namespace StaticBench.Cli.Commands;

/// <summary>
/// <c>staticbench run</c>: measures every phase of every benchmark on every installed engine and writes
/// the result file (docs/runner.md).
/// </summary>
public static class RunCommand
{
    /// <summary>Exit code when some benchmark failed on some engine (wrong answer, crash, time-out); the rest was still reported.</summary>
    public const int BenchmarkFailed = 2;

    public static Command Create(CliContext context)
    {
        var suite = new Option<string?>("--suite") { Description = "A folder with a suite.json of C programs, or with .wasm files (NAME.wasm or NAME@SIZE.wasm, optional NAME@SIZE.checksum). Default: the bundled suite." };
        var bench = Many("--bench", "Benchmarks to run (name or suite/name). Default: all.");
        var engine = Many("--engine", $"Engines to run (a name, or a family such as v8). Default: all installed. Known: {string.Join(", ", EngineRegistry.Default.Engines.Select(e => e.Name))}.");
        var phase = Many("--phase", $"Phases to measure. Default: all. Known: {string.Join(", ", Phases.All)}.");
        var size = Many("--size", "Job sizes: small, medium, large, or a number (built with -DSIZE=N). Default: small medium large.");
        var quick = new Option<bool>("--quick") { Description = "Leave out the large size, for a quick local run." };
        var metric = new Option<string>("--metric") { Description = "wall-time (cpu-time is recorded beside it for every phase), instructions (exact counts under valgrind, on the engines that allow it; 1-3 samples), or opcodes (exact WebAssembly opcode and per-function counts of one run() call; docs/analysis.md).", DefaultValueFactory = _ => Metrics.WallTime };
        var scaling = new Option<bool?>("--scaling") { Description = "Also measure compile time on generated modules of growing size (two shapes) and fit the exponent. Default: on for the bundled suite, off with --suite." };
        var enginesConfig = new Option<string?>("--engines-config") { Description = "A JSON file of engines added by configuration (command templates, Sightglass libraries; docs/engines.md). Default: staticbench-engines.json in the current folder, if present." };
        var samples = new Option<int>("--samples") { Description = "Measured samples per benchmark, size and engine; each is a fresh process.", DefaultValueFactory = _ => 10 };
        var warmup = new Option<int>("--warmup") { Description = "Rounds run first and thrown away.", DefaultValueFactory = _ => 1 };
        var timeout = new Option<double>("--timeout") { Description = "Seconds per process before it is killed and the benchmark reported as failed.", DefaultValueFactory = _ => 60 };
        var format = new Option<string>("--format") { Description = "pretty, json (the result file), markdown or csv.", DefaultValueFactory = _ => "pretty" };
        format.AcceptOnlyFromAmong([.. RunFormats.Names]);
        var output = new Option<string?>("--output") { Description = "Write the result file (JSON) here; with --format json, standard output then stays empty." };
        var project = new Option<string?>("--project") { Description = "A folder in the benchmarked project's git checkout, for run.project (default: the current folder)." };
        var machine = new Option<string?>("--machine") { Description = "Machine name in the result (default: the host name)." };
        var cache = new Option<string?>("--cache") { Description = "Where built suites are kept (default: ~/.cache/staticbench/suites)." };
        var command = new Command("run", "Benchmark WebAssembly engines phase by phase (parse, compile, instantiate, execute, JIT total, AOT) against native.")
        {
            suite, bench, engine, phase, size, quick, metric, scaling, enginesConfig, samples, warmup, timeout, format, output, project, machine, cache,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(context, new RunCommandOptions
        {
            Suite = parse.GetValue(suite),
            Benchmarks = parse.GetValue(bench) ?? [],
            Engines = parse.GetValue(engine) ?? [],
            Phases = parse.GetValue(phase) ?? [],
            Sizes = parse.GetValue(size) is { Length: > 0 } sizes ? [.. sizes.Select(SizeRequest.Parse)] : null,
            Quick = parse.GetValue(quick),
            Metric = parse.GetValue(metric)!,
            Samples = parse.GetValue(samples),
            Warmup = parse.GetValue(warmup),
            TimeoutSeconds = parse.GetValue(timeout),
            Format = RunFormats.Parse(parse.GetValue(format)!),
            Output = parse.GetValue(output),
            Project = parse.GetValue(project),
            Machine = parse.GetValue(machine),
            Cache = parse.GetValue(cache),
            Interactive = ReferenceEquals(context.Error, System.Console.Error) && !System.Console.IsErrorRedirected,
            Scaling = parse.GetValue(scaling),
            EnginesConfig = parse.GetValue(enginesConfig),
        }, cancellationToken));
        return command;
    }

    public static Task<int> RunAsync(CliContext context, RunCommandOptions options, CancellationToken cancellationToken = default) =>
        CommandErrors.RunAsync(context, () => MeasureAsync(context, options, cancellationToken));

    private static async Task<int> MeasureAsync(CliContext context, RunCommandOptions options, CancellationToken cancellationToken)
    {
        if (options.Samples < 1 || options.Warmup < 0 || options.TimeoutSeconds <= 0)
        {
            return CommandErrors.Fail(context, "--samples must be at least 1, --warmup at least 0, --timeout positive");
        }

        var projectInfo = DescribeProject(options.Project);
        KnownBenchmarks.Check(options.Suite ?? RunPlanner.BundledSuite, options.Benchmarks);
        var runOptions = new RunOptions
        {
            Suite = options.Suite,
            Cache = options.Cache ?? DefaultCache(),
            Benchmarks = options.Benchmarks,
            Engines = options.Engines,
            Phases = options.Phases,
            Sizes = options.Sizes,
            Quick = options.Quick,
            Metric = options.Metric,
            Samples = options.Samples,
            Warmup = options.Warmup,
            TimeLimit = TimeSpan.FromSeconds(options.TimeoutSeconds),
            Machine = options.Machine,
            Project = projectInfo,
            Scaling = options.Scaling ?? options.Suite is null
                ? (options.Quick ? ScalingOptions.Quick : new ScalingOptions())
                : null,
        };

        var run = await BenchmarkRun.CreateAsync(Engines(options), cancellationToken);
        // A live bar owns the terminal while it runs: notes then wait for the end.
        Action<string>? note = options.Interactive ? null : line => context.Error.WriteLine(line);
        var report = await new RunProgressBar(context.Error, options.Interactive).RunAsync(progress =>
            run.RunAsync(runOptions, progress, note, cancellationToken));
        if (options.Interactive)
        {
            report.Notes.ToList().ForEach(context.Error.WriteLine);
        }

        foreach (var error in report.Errors)
        {
            context.Error.WriteLine($"FAILED {error}");
        }

        if (report.Result is not { } result)
        {
            context.Error.WriteLine("error: nothing was measured (no installed engine ran any benchmark)");
            return report.Errors.Count > 0 ? BenchmarkFailed : CliApp.InputError;
        }

        if (options.Output is { } file)
        {
            await File.WriteAllBytesAsync(file, ResultJson.Serialize(result), cancellationToken);
            context.Error.WriteLine($"wrote {file}");
        }

        Print(context, options.Format, result, options.Output is not null);
        return report.Errors.Count > 0 ? BenchmarkFailed : 0;
    }

    private static void Print(CliContext context, RunFormat format, RunResult result, bool wroteFile)
    {
        var scaling = ScalingReport.Rows(result);
        var (timed, profiles) = format == RunFormat.Json ? (result, null) : RunProfiles.Split(result);
        switch (format)
        {
            case RunFormat.Json:
                // stdout is the result file alone (unless --output took it); the fitted exponents go to stderr.
                if (!wroteFile)
                {
                    context.Out.Write(ResultJson.SerializeToString(result));
                }

                ScalingReport.Write(context.Error, scaling, markdown: false);
                break;
            case RunFormat.Csv:
                CsvReport.Write(context.Out, PhaseTable.Rows(result));
                ScalingReport.Write(context.Error, scaling, markdown: false);
                break;
            case RunFormat.Markdown:
                MarkdownReport.Write(context.Out, PhaseTable.Rows(timed));
                ScalingReport.Write(context.Out, scaling, markdown: true);
                context.Out.Write(profiles is null ? "" : ProfileMarkdown.Render(profiles));
                break;
            default:
                PrettyReport.Write(context.Out, PhaseTable.Rows(timed));
                ScalingReport.Write(context.Out, scaling, markdown: false);
                if (profiles is not null)
                {
                    ProfileTable.Write(context.Out, profiles);
                }
                break;
        }
    }

    /// <summary>run.project: the commit checked out in <paramref name="project"/> (default: the current folder).</summary>
    private static ProjectInfo DescribeProject(string? project)
    {
        try
        {
            return ProjectCommits.Describe(project ?? Directory.GetCurrentDirectory());
        }
        catch (DataRepositoryException e)
        {
            // The store's message says what is missing; add which option fixes it here.
            throw new DataRepositoryException($"{e.Message}; run.project needs the benchmarked project's commit: run inside its git checkout or pass --project <dir>", e);
        }
    }

    /// <summary>The built-in engines plus those an engines file adds (docs/engines.md).</summary>
    private static EngineRegistry Engines(RunCommandOptions options)
    {
        var registry = EngineRegistry.Default;
        if (EnginesFile.Locate(options.EnginesConfig, Directory.GetCurrentDirectory()) is { } file)
        {
            foreach (var engine in EnginesFile.Load(file))
            {
                registry = registry.With(engine);
            }
        }

        return registry;
    }

    private static string DefaultCache() =>
        Path.Combine(Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg
            ? xdg
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache"), "staticbench", "suites");

    private static Option<string[]> Many(string name, string description) =>
        new(name) { Description = description, AllowMultipleArgumentsPerToken = true };
}
