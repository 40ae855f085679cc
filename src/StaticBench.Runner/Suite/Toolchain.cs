using StaticBench.Runner.Processes;

namespace StaticBench.Runner.Suite;

/// <summary>
/// The compilers that build a C suite: clang for wasm32-wasi (required) and musl-gcc for the native
/// baseline (optional: without it there is no native column and checksums come from the first engine).
/// </summary>
public sealed record Toolchain(string? Clang, string ClangVersion, string? MuslGcc, string MuslVersion)
{
    /// <summary>Reactor, no imports: <c>run</c> is the only export and nothing calls WASI.</summary>
    public static IReadOnlyList<string> WasmFlags { get; } = ["--target=wasm32-wasi", "-O2", "-mexec-model=reactor", "-Wl,--strip-all"];

    public static IReadOnlyList<string> NativeFlags { get; } = ["-static", "-O2"];

    /// <summary>
    /// binaryen's wasm-opt, when installed. clang runs it after linking whenever it is on the PATH (<c>wasm-opt -O2</c>),
    /// and without <c>-g</c> it drops the <c>name</c> section, so <see cref="NamedTwin"/> runs it again with <c>-g</c>.
    /// </summary>
    public string? WasmOpt { get; init; }

    public static async Task<Toolchain> FindAsync(IProcessRunner tools, CancellationToken cancellationToken = default)
    {
        var clang = ExecutableFinder.Find("clang-14") ?? ExecutableFinder.Find("clang");
        var musl = ExecutableFinder.Find("musl-gcc");
        return new Toolchain(
            clang, clang is null ? "" : await FirstLineAsync(tools, clang, "--version", cancellationToken),
            musl, musl is null ? "" : await FirstLineAsync(tools, musl, "-dumpfullversion", cancellationToken))
        {
            WasmOpt = ExecutableFinder.Find("wasm-opt"),
        };
    }

    private static async Task<string> FirstLineAsync(IProcessRunner tools, string program, string flag, CancellationToken cancellationToken)
    {
        var outcome = await tools.RunAsync(new ProcessSpec(program, [flag], Path.GetTempPath(), TimeSpan.FromSeconds(20)), cancellationToken);
        return outcome.Stdout.Split('\n')[0].Trim();
    }
}
