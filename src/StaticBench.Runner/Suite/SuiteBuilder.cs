using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using StaticBench.Runner.Engines;
using StaticBench.Runner.Processes;

namespace StaticBench.Runner.Suite;

/// <summary>
/// Builds a C suite (<see cref="SuiteManifest"/>) into a cache folder: per program and size, a .wasm,
/// its <see cref="NamedTwin"/> (the same code with function names, for profiles), a static musl executable
/// and the checksum that executable returns, which every engine must then return too. An entry is keyed by a hash of the sources, the size and both compilers' versions, so
/// a changed source or compiler rebuilds, and an unchanged one costs nothing.
/// </summary>
public sealed class SuiteBuilder(Toolchain toolchain, IProcessRunner tools, IProcessRunner sandbox, string cacheRoot)
{
    public async Task<LoadedSuite> BuildAsync(string suiteFolder, IReadOnlyList<SizeRequest> sizes, Func<string, bool> wanted, CancellationToken cancellationToken = default)
    {
        if (toolchain.Clang is null)
        {
            throw new SuiteException("clang not found: the suite is built to wasm with clang (apt-get install clang lld wasi-libc libclang-rt-14-dev-wasm32)");
        }

        var manifest = SuiteManifest.Load(Path.Combine(suiteFolder, SuiteManifest.FileName));
        var cases = new List<BenchmarkCase>();
        var notes = new List<string>();
        if (toolchain.MuslGcc is null)
        {
            notes.Add("musl-gcc not found: no native builds, checksums come from the first engine (apt-get install musl-tools musl-dev)");
        }

        foreach (var program in manifest.Benchmarks.Where(p => wanted(p.Name)))
        {
            foreach (var size in sizes)
            {
                if (size.For(program) is not { } n)
                {
                    notes.Add($"{manifest.Suite}/{program.Name}: no size '{size.Label}' (sizes: {string.Join(", ", program.Sizes.Keys)}, or a number)");
                    continue;
                }

                cases.Add(await BuildOneAsync(suiteFolder, manifest, program, size.LabelFor(program), n, notes, cancellationToken));
            }
        }

        return new LoadedSuite(cases, notes);
    }

    private async Task<BenchmarkCase> BuildOneAsync(string folder, SuiteManifest manifest, SuiteProgram program, string label, long size, List<string> notes, CancellationToken cancellationToken)
    {
        var entry = Path.Combine(cacheRoot, manifest.Suite, $"{program.Name}-{label}-{Key(folder, manifest, program, size)}");
        var wasm = Path.Combine(entry, $"{program.Name}.wasm");
        var native = Path.Combine(entry, program.Name);
        var checksumFile = Path.Combine(entry, "checksum");
        if (!File.Exists(Path.Combine(entry, "complete")))
        {
            var staging = $"{entry}.{Environment.ProcessId}.tmp";
            Directory.CreateDirectory(staging);
            await CompileAsync(toolchain.Clang!, [.. Toolchain.WasmFlags, $"-DSIZE={size}", "-o", Path.Combine(staging, Path.GetFileName(wasm)), Path.Combine(folder, program.Source)], folder, cancellationToken);
            if (await NamedTwin.BuildAsync(toolchain, tools, folder, program.Source, size, Path.Combine(staging, Path.GetFileName(wasm)), cancellationToken) is { } why)
            {
                notes.Add($"{manifest.Suite}/{program.Name} {label}: no function names for profiles ({why})");
            }

            if (toolchain.MuslGcc is not null && manifest.NativeMain is not null)
            {
                var exe = Path.Combine(staging, program.Name);
                await CompileAsync(toolchain.MuslGcc, [.. Toolchain.NativeFlags, $"-DSIZE={size}", "-o", exe, Path.Combine(folder, manifest.NativeMain), Path.Combine(folder, program.Source)], folder, cancellationToken);
                var checksum = await NativeChecksumAsync(exe, staging, cancellationToken);
                await File.WriteAllTextAsync(Path.Combine(staging, "checksum"), checksum.ToString(CultureInfo.InvariantCulture), cancellationToken);
            }

            await File.WriteAllTextAsync(Path.Combine(staging, "complete"), "", cancellationToken);
            Publish(staging, entry);
        }

        long? expected = File.Exists(checksumFile) ? long.Parse(File.ReadAllText(checksumFile), CultureInfo.InvariantCulture) : null;
        var twin = NamedTwin.PathOf(wasm);
        return new BenchmarkCase($"{manifest.Suite}/{program.Name}", label, size, wasm, File.Exists(native) ? native : null, expected)
        {
            NamedWasm = File.Exists(twin) ? twin : null,
        };
    }

    private static void Publish(string staging, string entry)
    {
        try
        {
            Directory.Move(staging, entry);
        }
        catch (IOException) when (Directory.Exists(entry))
        {
            // Another run built the same entry first; its files are identical by construction.
            Directory.Delete(staging, recursive: true);
        }
    }

    private async Task CompileAsync(string compiler, string[] arguments, string folder, CancellationToken cancellationToken)
    {
        var outcome = await tools.RunAsync(new ProcessSpec(compiler, arguments, folder, TimeSpan.FromMinutes(2)), cancellationToken);
        if (!outcome.Succeeded)
        {
            throw new SuiteException($"{Path.GetFileName(compiler)} {string.Join(' ', arguments)} failed:\n{outcome.StderrTail(12)}");
        }
    }

    /// <summary>The expected checksum is what the native build returns; run it sandboxed like any benchmark.</summary>
    private async Task<long> NativeChecksumAsync(string exe, string folder, CancellationToken cancellationToken)
    {
        var outcome = await sandbox.RunAsync(new ProcessSpec(exe, ["0", "0", "0"], folder, TimeSpan.FromMinutes(2)), cancellationToken);
        var reading = DriverProtocol.Parse(outcome.Stdout);
        return outcome.Succeeded && reading.Checksum is { } checksum
            ? checksum
            : throw new SuiteException($"the native build {exe} returned no checksum (exit {outcome.ExitCode}{(outcome.TimedOut ? ", timed out" : "")}): {outcome.StderrTail()}");
    }

    private string Key(string folder, SuiteManifest manifest, SuiteProgram program, long size)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in manifest.Common.Append(program.Source).Append(manifest.NativeMain ?? ""))
        {
            var path = Path.Combine(folder, file);
            hash.AppendData(Encoding.UTF8.GetBytes($"{file}\n"));
            hash.AppendData(file.Length > 0 && File.Exists(path) ? File.ReadAllBytes(path) : []);
        }

        hash.AppendData(Encoding.UTF8.GetBytes(string.Join('\n',
            size, toolchain.ClangVersion, toolchain.MuslVersion, string.Join(' ', Toolchain.WasmFlags), string.Join(' ', Toolchain.NativeFlags),
            $"named twin, wasm-opt {(toolchain.WasmOpt is null ? "absent" : "present")}")));
        return Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
    }
}
