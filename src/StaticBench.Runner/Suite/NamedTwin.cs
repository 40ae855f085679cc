using StaticBench.Runner.Measures.Opcodes;
using StaticBench.Runner.Processes;

namespace StaticBench.Runner.Suite;

/// <summary>
/// A suite module's twin that keeps its function names (the <c>name</c> section), for instruction profiles: the measured
/// module is built stripped (<c>-Wl,--strip-all</c>, and clang's own <c>wasm-opt -O2</c> pass drops names too), so its
/// hot functions would read <c>func[N]</c>. The twin is built in the same steps clang takes, with names kept: compile
/// with <c>-O2 -c</c>, link with <c>--strip-debug</c> (names stay) and without <c>-O</c> (so clang runs no wasm-opt),
/// then <c>wasm-opt -O2 -g</c>. Its code must equal the measured module's byte for byte (every section but the custom ones,
/// checked here), so counts taken on it are the measured module's, with names.
/// </summary>
public static class NamedTwin
{
    /// <summary>The twin's file beside the measured module <paramref name="wasm"/>: <c>NAME.names.wasm</c>.</summary>
    public static string PathOf(string wasm) => Path.ChangeExtension(wasm, ".names.wasm");

    /// <summary>Builds the twin of <paramref name="wasm"/> from <paramref name="source"/> with <c>-DSIZE=</c><paramref name="size"/>: null when built, else why there is none.</summary>
    public static async Task<string?> BuildAsync(
        Toolchain toolchain, IProcessRunner tools, string folder, string source, long size, string wasm, CancellationToken cancellationToken)
    {
        var twin = PathOf(wasm);
        var scratch = Path.ChangeExtension(wasm, null);
        var (obj, linked) = ($"{scratch}.names.o", $"{scratch}.names.linked.wasm");
        var steps = new List<(string Program, string[] Arguments)>
        {
            (toolchain.Clang!, ["--target=wasm32-wasi", "-O2", "-c", $"-DSIZE={size}", "-o", obj, Path.Combine(folder, source)]),
            // --strip-debug drops the C library's DWARF but keeps names: with DWARF present, wasm-opt -g would
            // optimise less to keep it valid, and the code would differ from the measured module's.
            (toolchain.Clang!, ["--target=wasm32-wasi", "-mexec-model=reactor", "-Wl,--strip-debug", "-o", toolchain.WasmOpt is null ? twin : linked, obj]),
        };
        if (toolchain.WasmOpt is not null)
        {
            steps.Add((toolchain.WasmOpt, [linked, "-O2", "-g", "-o", twin]));
        }

        try
        {
            foreach (var (program, arguments) in steps)
            {
                var outcome = await tools.RunAsync(new ProcessSpec(program, arguments, folder, TimeSpan.FromMinutes(2)), cancellationToken);
                if (!outcome.Succeeded)
                {
                    return $"{Path.GetFileName(program)} failed: {outcome.StderrTail(3)}";
                }
            }

            if (!SameCode(File.ReadAllBytes(wasm), File.ReadAllBytes(twin)))
            {
                File.Delete(twin);
                return "its code differs from the measured module's";
            }

            return null;
        }
        finally
        {
            File.Delete(obj);
            File.Delete(linked);
        }
    }

    /// <summary>Whether two modules are the same but for their custom sections (names, producers, debug info).</summary>
    public static bool SameCode(byte[] a, byte[] b)
    {
        static byte[][] Sections(byte[] module) =>
        [
            .. WasmModule.Parse(module).Sections.Where(s => s.Id != WasmSection.Custom).Select(s => module[s.HeaderStart..s.End]),
        ];

        var (left, right) = (Sections(a), Sections(b));
        return left.Length == right.Length && left.Zip(right).All(p => p.First.AsSpan().SequenceEqual(p.Second));
    }
}
