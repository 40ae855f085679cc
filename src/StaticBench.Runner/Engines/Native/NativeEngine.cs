using StaticBench.Runner.Processes;
using StaticBench.Schema.Model;

namespace StaticBench.Runner.Engines.Native;

/// <summary>
/// The same C program compiled natively against static musl (so the C library's qsort, memcpy... match
/// wasi-libc's), the baseline every execute ratio is taken against. The suite builds it with the
/// harness.c main, which speaks the driver protocol.
/// </summary>
public sealed class NativeEngine : EngineBase
{
    /// <summary>The compile flags the suite uses; part of the result's engine flags.</summary>
    public const string Flags = "musl-gcc -static -O2";

    public override string Name => "native";

    public override IReadOnlyList<string> Phases { get; } = [Engines.Phases.ExecuteFirst, Engines.Phases.Execute];

    public override async Task<EngineProbe> ProbeAsync(IProcessRunner tools, CancellationToken cancellationToken = default)
    {
        var info = new EngineInfo { Name = "native", Config = "musl-static", Flags = Flags };
        var compiler = ExecutableFinder.Find("musl-gcc");
        if (compiler is null)
        {
            return EngineProbe.NotInstalled(info, "musl-gcc not found (apt-get install musl-tools musl-dev)");
        }

        var version = await tools.RunAsync(new ProcessSpec(compiler, ["-dumpfullversion"], Path.GetTempPath(), TimeSpan.FromSeconds(20)), cancellationToken);
        return EngineProbe.Installed(info with { Version = version.Succeeded ? $"gcc {version.Stdout.Trim()}" : null }, compiler);
    }

    public override SamplePlan Plan(EngineProbe probe, SampleRequest request)
    {
        if (request.Case.Native is not { } program)
        {
            return SamplePlan.Skip("no native build of this benchmark");
        }

        return SamplePlan.Of(new EngineStep("native", new ProcessSpec(program, SteadyStateArguments.Positional(request), request.Scratch, request.TimeLimit)
        {
            ReadOnlyPaths = [Path.GetDirectoryName(program)!],
            AddressSpaceLimitBytes = 8L * 1024 * 1024 * 1024,
        }));
    }
}
