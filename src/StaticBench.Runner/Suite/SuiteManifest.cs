using System.Text.Json;

namespace StaticBench.Runner.Suite;

/// <summary>
/// <c>suite.json</c>: a suite of C programs, each built per job size with <c>-DSIZE=N</c>. The bundled
/// suite is one (benchmarks/wasm-suite); a user's <c>--suite</c> folder may be another.
/// </summary>
public sealed record SuiteManifest(string Suite, IReadOnlyList<string> Common, string? NativeMain, IReadOnlyList<SuiteProgram> Benchmarks)
{
    public const string FileName = "suite.json";

    public static SuiteManifest Load(string file)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(file));
        var root = document.RootElement;
        string[] Strings(string name) => root.TryGetProperty(name, out var a) ? [.. a.EnumerateArray().Select(e => e.GetString()!)] : [];
        var programs = root.GetProperty("benchmarks").EnumerateArray().Select(b => new SuiteProgram(
            b.GetProperty("name").GetString()!,
            b.GetProperty("source").GetString()!,
            b.GetProperty("sizes").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt64()))).ToArray();
        return new SuiteManifest(
            root.TryGetProperty("suite", out var suite) ? suite.GetString()! : Path.GetFileName(Path.GetDirectoryName(Path.GetFullPath(file)))!,
            Strings("common"),
            root.TryGetProperty("nativeMain", out var main) ? main.GetString() : null,
            programs);
    }
}

/// <summary>One C program of a suite and its named job sizes.</summary>
public sealed record SuiteProgram(string Name, string Source, IReadOnlyDictionary<string, long> Sizes);
