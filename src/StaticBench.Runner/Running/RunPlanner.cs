using StaticBench.Runner.Scaling;
using StaticBench.Runner.Engines;
using StaticBench.Runner.Processes;
using StaticBench.Runner.Suite;

namespace StaticBench.Runner.Running;

/// <summary>
/// Options to a <see cref="RunPlan"/>: probes the engines asked for (a missing one is skipped with one
/// line saying why), then loads or builds the suite for the sizes asked for.
/// </summary>
/// <param name="registry">The engines to choose from.</param>
/// <param name="tools">Trusted and unsandboxed: builds the suite.</param>
/// <param name="sandbox">Runs the native builds for their checksums.</param>
/// <param name="probes">The run's version probes (engines, the suite's compilers), each asked once; a fresh cache over <paramref name="tools"/> when null.</param>
public sealed class RunPlanner(EngineRegistry registry, IProcessRunner tools, IProcessRunner sandbox, ProbeCache? probes = null)
{
    private readonly ProbeCache probes = probes ?? new ProbeCache(tools);

    /// <summary>Where the bundled suite's sources ship: next to the runner's assembly.</summary>
    public static string BundledSuite { get; } = Path.Combine(AppContext.BaseDirectory, "wasm-suite");

    public async Task<(RunPlan Plan, IReadOnlyList<string> Notes)> PlanAsync(RunOptions options, CancellationToken cancellationToken = default)
    {
        var notes = new List<string>();
        var phases = Select(options.Phases, Engines.Phases.All, "phase");
        var engines = new List<PlannedEngine>();
        foreach (var engine in SelectEngines(options.Engines).Where(e => e.Phases.Any(phases.Contains)))
        {
            var probe = await engine.ProbeAsync(probes, cancellationToken);
            if (probe.IsInstalled)
            {
                engines.Add(new PlannedEngine(engine, probe));
            }
            else
            {
                notes.Add($"skipping engine {engine.Name}: {probe.Missing}");
            }
        }

        var suite = await LoadSuiteAsync(options, cancellationToken);
        notes.AddRange(suite.Notes);
        var cases = suite.Cases.Concat(ScalingCasesFor(options, phases)).ToArray();
        var plan = new RunPlan(cases, engines, phases, options.Warmup, options.Samples, options.TimeLimit, options.Execute);
        return (plan, notes);
    }

    private async Task<LoadedSuite> LoadSuiteAsync(RunOptions options, CancellationToken cancellationToken)
    {
        var folder = options.Suite ?? BundledSuite;
        if (!Directory.Exists(folder))
        {
            throw new SuiteException($"suite folder {folder} does not exist");
        }

        bool Wanted(string name) => options.Benchmarks.Count == 0 || options.Benchmarks.Any(b =>
            string.Equals(b, name, StringComparison.OrdinalIgnoreCase) || b.EndsWith($"/{name}", StringComparison.OrdinalIgnoreCase));

        var sizes = options.Sizes;
        if (options.Quick)
        {
            sizes = (sizes ?? SizeRequest.Default).Where(s => s.Label != "large").ToArray();
        }

        if (!File.Exists(Path.Combine(folder, SuiteManifest.FileName)))
        {
            return WasmFolderSuite.Load(folder, sizes, Wanted);
        }

        var toolchain = await Toolchain.FindAsync(probes, cancellationToken);
        var builder = new SuiteBuilder(toolchain, tools, sandbox, options.Cache);
        return await builder.BuildAsync(folder, sizes ?? SizeRequest.Default, Wanted, cancellationToken);
    }

    /// <summary>The compile-scaling modules, when asked for and not filtered out by --bench or --phase.</summary>
    private static IEnumerable<BenchmarkCase> ScalingCasesFor(RunOptions options, IReadOnlySet<string> phases)
    {
        if (options.Scaling is not { } scaling || !phases.Contains(Engines.Phases.Compile))
        {
            return [];
        }

        var wanted = options.Benchmarks.Count == 0
            ? scaling
            : scaling with { Shapes = [.. scaling.Shapes.Where(s => options.Benchmarks.Any(b => b == ScalingCase.Suite || b == $"{ScalingCase.Suite}/{s.Name()}" || b == s.Name()))] };
        return wanted.Shapes.Count == 0 ? [] : ScalingCases.Write(Path.Combine(options.Cache, "scaling"), wanted).Select(c => c.Case);
    }

    private IEnumerable<IEngine> SelectEngines(IReadOnlyList<string> names)
    {
        if (names.Count == 0)
        {
            return registry.Engines;
        }

        // A name may be a family prefix: "v8" selects every v8-* configuration.
        var unknown = names.Where(n => !registry.Engines.Any(e => Matches(e, n))).ToArray();
        if (unknown.Length > 0)
        {
            throw new ArgumentException($"unknown engine {string.Join(", ", unknown)}; known: {string.Join(", ", registry.Engines.Select(e => e.Name))}");
        }

        return registry.Engines.Where(e => names.Any(n => Matches(e, n)));
    }

    /// <summary>Whether <paramref name="name"/> (an engine or a family such as <c>v8</c>) selects <paramref name="engine"/>.</summary>
    internal static bool Matches(IEngine engine, string name) =>
        string.Equals(engine.Name, name, StringComparison.OrdinalIgnoreCase) ||
        engine.Name.StartsWith($"{name}-", StringComparison.OrdinalIgnoreCase);

    private static HashSet<string> Select(IReadOnlyList<string> asked, IReadOnlyList<string> known, string what)
    {
        if (asked.Count == 0)
        {
            return [.. known];
        }

        var unknown = asked.Where(a => !known.Contains(a)).ToArray();
        return unknown.Length == 0
            ? [.. asked]
            : throw new ArgumentException($"unknown {what} {string.Join(", ", unknown)}; known: {string.Join(", ", known)}");
    }
}
