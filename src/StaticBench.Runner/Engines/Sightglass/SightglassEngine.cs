using StaticBench.Runner.Processes;
using StaticBench.Schema.Model;

namespace StaticBench.Runner.Engines.Sightglass;

/// <summary>
/// An engine shipped as a shared library implementing Sightglass's engine interface
/// (<c>wasm_bench_create/compile/instantiate/execute/free</c>, as the wasmtime team builds for every
/// commit), named in the engines file. Each sample is one sandboxed run of <c>sightglass-host</c>, which
/// loads the library and times each phase between the library's own timing callbacks, so phases are
/// exactly what the engine says they are (for Sightglass benchmarks, execution is between the module's
/// <c>bench.start</c> and <c>bench.end</c>). The checksum is the benchmark's stdout when that is one integer.
/// </summary>
public sealed class SightglassEngine(string name, string library, string? config = null, string? flags = null, string? hostFolder = null) : EngineBase
{
    public override string Name => name;

    public string Library { get; } = library;

    public string HostFolder { get; } = hostFolder ?? SightglassHost.DefaultFolder;

    public override IReadOnlyList<string> Phases { get; } = [Engines.Phases.Compile, Engines.Phases.Instantiate, Engines.Phases.Execute];

    public override async Task<EngineProbe> ProbeAsync(IProcessRunner tools, CancellationToken cancellationToken = default)
    {
        var info = new EngineInfo { Name = name, Config = config ?? "sightglass", Flags = flags, Version = VersionOf(Library) };
        if (!File.Exists(Library))
        {
            return EngineProbe.NotInstalled(info, $"engine library {Library} not found");
        }

        var (host, missing) = await SightglassHost.EnsureAsync(tools, HostFolder, cancellationToken: cancellationToken);
        return host is null ? EngineProbe.NotInstalled(info, missing!) : EngineProbe.Installed(info, host);
    }

    public override SamplePlan Plan(EngineProbe probe, SampleRequest request)
    {
        var host = probe.Program ?? throw new InvalidOperationException($"{Name} is not installed");
        return SamplePlan.Of(new EngineStep(Name, new ProcessSpec(host, [Library, request.Case.Wasm, request.Scratch], request.Scratch, request.TimeLimit)
        {
            ReadOnlyPaths = [Path.GetDirectoryName(host)!, Path.GetDirectoryName(Library)!, Path.GetDirectoryName(request.Case.Wasm)!],
        }));
    }

    /// <summary>
    /// The interface has no version call; the library's content hash stands in, so results from two
    /// builds of an engine never look like one.
    /// </summary>
    private static string? VersionOf(string library)
    {
        if (!File.Exists(library))
        {
            return null;
        }

        using var stream = File.OpenRead(library);
        return $"{Path.GetFileName(library)} sha256:{Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(stream))[..12]}";
    }
}
