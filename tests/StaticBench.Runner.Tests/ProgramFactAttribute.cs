using StaticBench.Runner.Engines.Cranelift;
using StaticBench.Runner.Processes;

namespace StaticBench.Runner.Tests;

/// <summary>
/// An integration test against real programs: skipped, with one line naming what is missing, when one
/// of them is not on PATH (xunit 2 has no skipping from inside a test).
/// </summary>
public sealed class ProgramFactAttribute : FactAttribute
{
    public ProgramFactAttribute(params string[] programs)
    {
        var missing = programs.Where(p => ExecutableFinder.Find(p) is null).ToList();
        if (missing.Count > 0)
        {
            Skip = $"not installed here: {string.Join(", ", missing)}";
        }
    }

    /// <summary>Also needs the npm engines of tools/engines (npm ci --prefix tools/engines).</summary>
    public bool NeedsNpmEngines
    {
        get => false;
        init
        {
            if (value && Skip is null && (NpmEngines.FindFolder() is not { } folder || NpmEngines.WasmtimeVersion(folder) is null))
            {
                Skip = "npm package wasmtime not installed (npm ci --prefix tools/engines)";
            }
        }
    }
}
