using StaticBench.Runner.Measures.Instructions;
using System.Text.RegularExpressions;
using StaticBench.Runner.Engines;
using StaticBench.Runner.Measures;
using StaticBench.Runner.Measures.Opcodes;
using StaticBench.Runner.Processes;
using StaticBench.Schema;
using StaticBench.Schema.Model;

namespace StaticBench.Runner.Running;

/// <summary>
/// <c>staticbench run</c> end to end: detect the sandbox, plan (probe engines, build the suite), run the
/// samples, and assemble one <see cref="RunResult"/> in the result format.
/// </summary>
public sealed partial class BenchmarkRun(EngineRegistry registry, IProcessRunner tools, IProcessRunner sandbox)
{
    /// <summary>The default: built-in engines, bwrap when it works here, trusted tools unsandboxed.</summary>
    public static async Task<BenchmarkRun> CreateAsync(EngineRegistry? registry = null, CancellationToken cancellationToken = default)
    {
        var policy = await SandboxDetector.DetectAsync(cancellationToken);
        return new BenchmarkRun(registry ?? EngineRegistry.Default, ProcessRunner.Trusted, new ProcessRunner(policy));
    }

    public async Task<RunReport> RunAsync(RunOptions options, IProgress<RunProgress>? progress = null, Action<string>? note = null, CancellationToken cancellationToken = default)
    {
        if (options.Metric is not (Metrics.WallTime or Metrics.Instructions or Metrics.Opcodes))
        {
            throw new NotSupportedException($"unknown metric '{options.Metric}'; known: {Metrics.WallTime}, {Metrics.Instructions}, {Metrics.Opcodes}");
        }

        var started = DateTimeOffset.UtcNow;
        var notes = new List<string>();
        void Say(string line)
        {
            notes.Add(line);
            note?.Invoke(line);
        }

        Say(sandbox is ProcessRunner { Policy: var policy } ? policy.Note : sandbox.Sandboxed ? "sandboxed" : "running UNSANDBOXED");
        var engines = registry;
        if (options.Metric == Metrics.Instructions)
        {
            // Exact counts under valgrind: only engines that give repeatable counts, and few samples,
            // because a count does not vary and each counted process runs 17-90x slower.
            engines = registry.Map(engine => CountInstructions(engine, options, Say));
            var counting = engines;
            var asked = options.Engines.Where(name => counting.Engines.Any(e => RunPlanner.Matches(e, name))).ToArray();
            if (options.Engines.Count > 0 && asked.Length == 0)
            {
                throw new NotSupportedException("none of the engines asked for gives exact instruction counts (docs/engines.md says which do)");
            }

            // Engines that were asked for but cannot count were named above; the rest run.
            options = options with { Engines = asked, Samples = Math.Min(options.Samples, 3), Warmup = 0 };
        }

        if (options.Metric == Metrics.Opcodes)
        {
            // The profile is the module's, the same on every engine: one exact sample of one profiler.
            (engines, options) = OpcodeProfiles.Plan(options, Say);
        }

        // One cache per run: engines, the suite's compilers and the machine description ask the same tools.
        var probes = new ProbeCache(tools);
        var (plan, planNotes) = await new RunPlanner(engines, tools, sandbox, probes).PlanAsync(options, cancellationToken);
        planNotes.ToList().ForEach(Say);
        var startUp = await StartUpAsync(plan, options, Say, cancellationToken);
        var samples = await new SampleLoop(sandbox).RunAsync(plan, progress, cancellationToken);
        samples.Notes.ForEach(Say);
        var results = ResultAssembler.Assemble(plan, samples);
        if (results.Count > 0)
        {
            results = [.. results, .. startUp];
        }
        if (results.Count == 0)
        {
            return new RunReport(null, samples.Errors, notes);
        }

        var machine = await MachineProbe.DescribeAsync(options.Machine, probes, cancellationToken);
        var run = new RunResult
        {
            Schema = SchemaVersion.Current,
            Run = new RunInfo
            {
                Id = $"{started:yyyyMMdd'T'HHmmss'Z'}-{Safe(machine.Name)}-{options.Project.Commit[..Math.Min(12, options.Project.Commit.Length)]}-wasm",
                Started = started,
                Finished = DateTimeOffset.UtcNow,
                Machine = machine,
                Harness = new HarnessInfo { Name = "staticbench", Version = typeof(BenchmarkRun).Assembly.GetName().Version!.ToString(3) },
                Project = options.Project,
            },
            Results = results,
        };
        return new RunReport(run, samples.Errors, notes);
    }

    /// <summary>The start-up every whole-process phase includes (<see cref="StartUpReference"/>), when a planned engine times one.</summary>
    private async Task<IReadOnlyList<BenchmarkResult>> StartUpAsync(RunPlan plan, RunOptions options, Action<string> say, CancellationToken cancellationToken)
    {
        if (options.Metric != Metrics.WallTime || !plan.Engines.Any(e => e.Engine.TimesWholeProcesses))
        {
            return [];
        }

        var (results, note) = await StartUpReference.MeasureAsync(sandbox, plan.Warmup, plan.Samples, cancellationToken);
        say(note);
        return results;
    }

    private static IEngine? CountInstructions(IEngine engine, RunOptions options, Action<string> say)
    {
        var (counting, refused) = InstructionCountingEngine.Wrap(engine);
        if (counting is null && (options.Engines.Count == 0 || options.Engines.Any(name => RunPlanner.Matches(engine, name))))
        {
            say($"skipping engine {engine.Name}: {refused}");
        }

        return counting;
    }

    private static string Safe(string name) => UnsafeRunIdCharacters().Replace(name, "-").Trim('-') is { Length: > 0 } safe ? safe : "machine";

    [GeneratedRegex("[^A-Za-z0-9._-]+")]
    private static partial Regex UnsafeRunIdCharacters();
}
