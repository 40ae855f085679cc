using System.Text.Json;
using System.Text.RegularExpressions;

namespace StaticBench.Runner.Engines.Cranelift;

/// <summary>
/// The folder where <c>npm install --prefix tools/engines</c> (scripts/setup-debian.sh) installed the engines
/// that run inside node, and the versions it installed. It is found by walking up from the runner's
/// assembly and from the working folder to a <c>tools/engines</c> holding a <c>node_modules</c>.
/// </summary>
public static partial class NpmEngines
{
    public static string? FindFolder()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "tools", "engines");
                if (Directory.Exists(Path.Combine(candidate, "node_modules")))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The npm package's version and the Wasmtime crate it wraps (from its Cargo.toml), e.g.
    /// <c>wasmtime 8.0.1 (npm wasmtime 0.0.2)</c>; null when the package is not installed.
    /// </summary>
    public static string? WasmtimeVersion(string folder)
    {
        var package = Path.Combine(folder, "node_modules", "wasmtime");
        var manifest = Path.Combine(package, "package.json");
        if (!File.Exists(manifest))
        {
            return null;
        }

        using var json = JsonDocument.Parse(File.ReadAllText(manifest));
        var npm = json.RootElement.TryGetProperty("version", out var v) ? v.GetString() : "?";
        var cargo = Path.Combine(package, "Cargo.toml");
        var crate = File.Exists(cargo) ? CrateVersion().Match(File.ReadAllText(cargo)) : Match.Empty;
        return crate.Success ? $"wasmtime {crate.Groups[1].Value} (npm wasmtime {npm})" : $"npm wasmtime {npm}";
    }

    [GeneratedRegex("""^wasmtime\s*=\s*"([^"]+)"\s*$""", RegexOptions.Multiline)]
    private static partial Regex CrateVersion();
}
