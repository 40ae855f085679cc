using System.Globalization;

namespace StaticBench.Runner.Suite;

/// <summary>
/// A user's folder of prebuilt modules: <c>NAME.wasm</c> (size <c>default</c>) or <c>NAME@SIZE.wasm</c>,
/// each exporting <c>run(): i32</c> with no imports, with an optional <c>NAME@SIZE.checksum</c> (or
/// <c>NAME.checksum</c>) holding what it must return. Without one, every engine must agree with the first.
/// </summary>
public static class WasmFolderSuite
{
    public static LoadedSuite Load(string folder, IReadOnlyList<SizeRequest>? sizes, Func<string, bool> wanted)
    {
        var suite = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)));
        var cases = new List<BenchmarkCase>();
        foreach (var wasm in Directory.EnumerateFiles(folder, "*.wasm").Order(StringComparer.Ordinal))
        {
            var stem = Path.GetFileNameWithoutExtension(wasm);
            var at = stem.IndexOf('@', StringComparison.Ordinal);
            var (name, label) = at < 0 ? (stem, "default") : (stem[..at], stem[(at + 1)..]);
            if (!wanted(name) || (sizes is not null && !sizes.Any(s => s.Label == label)))
            {
                continue;
            }

            var checksum = new[] { $"{stem}.checksum", $"{name}.checksum" }.Select(f => Path.Combine(folder, f)).FirstOrDefault(File.Exists);
            cases.Add(new BenchmarkCase(
                $"{suite}/{name}",
                label,
                long.TryParse(label, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null,
                Path.GetFullPath(wasm),
                null,
                checksum is null ? null : long.Parse(File.ReadAllText(checksum).Trim(), CultureInfo.InvariantCulture)));
        }

        var notes = cases.Count == 0 ? new[] { $"{folder}: no .wasm file matches the benchmarks and sizes asked for" } : [];
        return new LoadedSuite(cases, notes);
    }
}
