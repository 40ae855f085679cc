using StaticBench.Runner.Processes;
using StaticBench.Schema.Model;

namespace StaticBench.Runner.Engines.Cranelift;

/// <summary>
/// Wasmtime's Cranelift compiler, embedded in node by the npm package <c>wasmtime</c> (installed in
/// tools/engines). <c>cranelift-driver.mjs</c> times compile, instantiate and calls inside one fresh node
/// process per sample. The package offers no configuration and no AOT, and aborts node on modules with
/// imports or exports it cannot call, which comes back as an error with node's stderr.
/// </summary>
public sealed class CraneliftEngine(string? enginesFolder = null, string? driver = null) : EngineBase
{
    /// <summary>What the package does that we cannot change: Wasmtime's defaults, which compile functions in parallel.</summary>
    public const string Flags = "wasmtime defaults (parallel compilation, no cache)";

    public string Driver { get; } = driver ?? NodeProgram.Driver("Cranelift", "cranelift-driver.mjs");

    public override string Name => "cranelift";

    public override IReadOnlyList<string> Phases { get; } =
        [Engines.Phases.Compile, Engines.Phases.Instantiate, Engines.Phases.ExecuteFirst, Engines.Phases.Execute, Engines.Phases.Total];

    /// <summary>The tools/engines folder found by the probe (or given).</summary>
    public string? EnginesFolder { get; private set; } = enginesFolder;

    public override Task<EngineProbe> ProbeAsync(IProcessRunner tools, CancellationToken cancellationToken = default)
    {
        var info = new EngineInfo { Name = "cranelift", Config = "wasmtime-npm", Flags = Flags };
        var (node, missing) = NodeProgram.Find(Driver);
        if (node is null)
        {
            return Task.FromResult(EngineProbe.NotInstalled(info, missing!));
        }

        EnginesFolder ??= NpmEngines.FindFolder();
        var version = EnginesFolder is null ? null : NpmEngines.WasmtimeVersion(EnginesFolder);
        return Task.FromResult(version is null
            ? EngineProbe.NotInstalled(info, $"npm package wasmtime not installed (npm install --prefix tools/engines in a checkout, or --prefix {NpmEngines.CacheFolder()} wasmtime@0.0.2)")
            : EngineProbe.Installed(info with { Version = version }, node));
    }

    public override SamplePlan Plan(EngineProbe probe, SampleRequest request)
    {
        var node = probe.Program ?? throw new InvalidOperationException($"{Name} is not installed");
        var folder = EnginesFolder ?? throw new InvalidOperationException($"{Name}: probe first");
        string[] arguments = [Driver, folder, request.Case.Wasm, "--export", request.Case.Export, .. SteadyStateArguments.Options(request)];
        return SamplePlan.Of(new EngineStep("cranelift", new ProcessSpec(node, arguments, request.Scratch, request.TimeLimit)
        {
            ReadOnlyPaths = [NodeProgram.DriversFolder(Driver), folder, Path.GetDirectoryName(request.Case.Wasm)!],
        }));
    }
}
