using StaticBench.Runner.Engines.Cranelift;
using StaticBench.Runner.Processes;

namespace StaticBench.Testing.Engines;

/// <summary>
/// A test that starts real programs (node, clang, musl-gcc, bwrap): skipped, with the reason, when one
/// is not installed. Tag such tests <c>[Trait("Category", "Engine")]</c> so they can be filtered.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class EngineFactAttribute : Xunit.FactAttribute
{
    public EngineFactAttribute(params string[] programs)
    {
        var missing = programs.Where(p => ExecutableFinder.Find(p) is null).ToArray();
        if (missing.Length > 0)
        {
            Skip = $"not installed here: {string.Join(", ", missing)} (scripts/setup-debian.sh installs them)";
        }
    }

    /// <summary>Also needs the npm engines of tools/engines (npm install --prefix tools/engines).</summary>
    public bool NeedsNpmEngines
    {
        get => false;
        init
        {
            if (value && Skip is null && (NpmEngines.FindFolder() is not { } folder || NpmEngines.WasmtimeVersion(folder) is null))
            {
                Skip = "npm package wasmtime not installed (npm install --prefix tools/engines)";
            }
        }
    }
}
