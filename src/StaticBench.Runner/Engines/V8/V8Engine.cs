using StaticBench.Runner.Processes;
using StaticBench.Schema.Model;

namespace StaticBench.Runner.Engines.V8;

/// <summary>
/// V8 through node, one configuration per instance. <c>v8-driver.mjs</c> times the phases inside one
/// fresh node process per sample: V8 caches compiled modules in-process, so a second compile in the
/// same process would measure the cache.
/// </summary>
/// <param name="config">The tier configuration.</param>
/// <param name="driver">The driver script (default: the one shipped with the runner).</param>
/// <param name="node">The node program: a name looked up on PATH, or a path.</param>
public sealed class V8Engine(V8Config config, string? driver = null, string node = "node") : EngineBase
{
    /// <summary>Where the driver ships: next to the runner's assembly (copied by the build).</summary>
    public static string DefaultDriver { get; } = NodeProgram.Driver("V8", "v8-driver.mjs");

    private static readonly string[] JitPhases =
        [Engines.Phases.Parse, Engines.Phases.Compile, Engines.Phases.Instantiate, Engines.Phases.ExecuteFirst, Engines.Phases.Execute, Engines.Phases.Total];

    private static readonly string[] AotPhases = [Engines.Phases.AotCompile, Engines.Phases.AotExecute];

    public V8Config Config { get; } = config;

    public string Driver { get; } = driver ?? DefaultDriver;

    public override string Name => $"v8-{Config.Config}";

    public override IReadOnlyList<string> Phases => Config.IsAot ? AotPhases : JitPhases;

    public override async Task<EngineProbe> ProbeAsync(IProcessRunner tools, CancellationToken cancellationToken = default)
    {
        var info = new EngineInfo { Name = "v8", Config = Config.Config, Flags = string.Join(' ', Config.Flags) };
        var (program, missing) = NodeProgram.Find(Driver, node);
        if (program is null)
        {
            return EngineProbe.NotInstalled(info, missing!);
        }

        var (version, failure) = await NodeProgram.V8VersionAsync(tools, program, cancellationToken);
        return version is not null
            ? EngineProbe.Installed(info with { Version = version }, program)
            : EngineProbe.NotInstalled(info, failure!);
    }

    public override SamplePlan Plan(EngineProbe probe, SampleRequest request)
    {
        var program = probe.Program ?? throw new InvalidOperationException($"{Name} is not installed");
        var wasm = request.Case.Wasm;
        var common = new[] { "--export", request.Case.Export };
        if (!Config.IsAot)
        {
            return SamplePlan.Of(Step("jit", program, request, ["jit", wasm, .. common, .. SteadyStateArguments.Options(request)]));
        }

        var artifact = Path.Combine(request.Scratch, "module.v8");
        return SamplePlan.Of(
            Step(Engines.Phases.AotCompile, program, request, ["aot-compile", wasm, "--artifact", artifact, .. common]),
            Step(Engines.Phases.AotExecute, program, request, ["aot-execute", wasm, "--artifact", artifact, .. common]));
    }

    private EngineStep Step(string name, string node, SampleRequest request, string[] driverArguments) =>
        new(name, new ProcessSpec(node, [.. Config.Flags, Driver, .. driverArguments], request.Scratch, request.TimeLimit)
        {
            ReadOnlyPaths = [NodeProgram.DriversFolder(Driver), Path.GetDirectoryName(request.Case.Wasm)!],
        });
}
