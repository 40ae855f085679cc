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
}
