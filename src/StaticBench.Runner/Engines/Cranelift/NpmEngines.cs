using System.Text.Json;
using System.Text.RegularExpressions;

namespace StaticBench.Runner.Engines.Cranelift;

/// <summary>
/// The folder where <c>npm install --prefix tools/engines</c> (scripts/setup-debian.sh) installed the engines
/// that run inside node, and the versions it installed. It is found by walking up from the runner's
/// assembly and from the working folder to a <c>tools/engines</c> holding a <c>node_modules</c>. An installed
/// .NET tool has no checkout around it: there the folder is <c>$STATICBENCH_NPM_ENGINES</c> or
/// <c>~/.cache/staticbench/engines</c> (<c>npm install --prefix ~/.cache/staticbench/engines wasmtime@0.0.2</c>).
/// </summary>
public static partial class NpmEngines
{
    /// <summary>Names the folder of the node engines when it is not found by walking up from a checkout.</summary>
    public const string FolderVariable = "STATICBENCH_NPM_ENGINES";

    public static string? FindFolder()
    {
        if (Environment.GetEnvironmentVariable(FolderVariable) is { Length: > 0 } named && Directory.Exists(Path.Combine(named, "node_modules")))
        {
            return named;
        }

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

        // Last: where an installed tool's user put them (README, "Install as a .NET tool").
        return Directory.Exists(Path.Combine(CacheFolder(), "node_modules")) ? CacheFolder() : null;
    }

    /// <summary><c>$XDG_CACHE_HOME/staticbench/engines</c>, else <c>~/.cache/staticbench/engines</c>.</summary>
    public static string CacheFolder() =>
        Path.Combine(Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg
            ? xdg
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache"), "staticbench", "engines");

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
