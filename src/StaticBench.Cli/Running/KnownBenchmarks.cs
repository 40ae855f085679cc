using StaticBench.Runner.Scaling;
using StaticBench.Runner.Suite;

namespace StaticBench.Cli.Running;

/// <summary>
/// Checks <c>run --bench</c> names against the suite before anything is built or measured, so that a
/// typo gets the list of benchmarks instead of "nothing was measured" minutes later. Names match as the
/// runner matches them: <c>sort</c> or <c>wasm/sort</c>, any case; the compile-scaling modules by their suite.
/// </summary>
public static class KnownBenchmarks
{
    /// <exception cref="ArgumentException">A name matches no benchmark; the message lists the known ones.</exception>
    public static void Check(string suiteFolder, IReadOnlyList<string> asked)
    {
        if (asked.Count == 0 || !Directory.Exists(suiteFolder))
        {
            return; // a missing folder is the planner's to report
        }

        var known = Names(suiteFolder);
        var unknown = asked.Where(b => !known.Any(name => Matches(b, name)) && !IsScaling(b)).ToArray();
        if (unknown.Length > 0)
        {
            throw new ArgumentException($"unknown benchmark {string.Join(", ", unknown)}; known: {string.Join(", ", known)}, {ScalingCase.Suite}/{{{string.Join(",", Enum.GetValues<ScalingShape>().Select(s => s.Name()))}}}");
        }
    }

    /// <summary><c>wasm/sort</c>, ... from suite.json; the module names of a folder of .wasm files.</summary>
    public static IReadOnlyList<string> Names(string suiteFolder)
    {
        var manifest = Path.Combine(suiteFolder, SuiteManifest.FileName);
        if (File.Exists(manifest))
        {
            var suite = SuiteManifest.Load(manifest);
            return [.. suite.Benchmarks.Select(b => $"{suite.Suite}/{b.Name}")];
        }

        return [.. Directory.EnumerateFiles(suiteFolder, "*.wasm")
            .Select(f => Path.GetFileNameWithoutExtension(f).Split('@')[0])
            .Distinct().Order(StringComparer.Ordinal)];
    }

    private static bool Matches(string asked, string name)
    {
        var plain = name.Split('/')[^1];
        return string.Equals(asked, name, StringComparison.OrdinalIgnoreCase) || string.Equals(asked, plain, StringComparison.OrdinalIgnoreCase)
            || asked.EndsWith($"/{plain}", StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsScaling(string asked) =>
        asked == ScalingCase.Suite || asked.StartsWith($"{ScalingCase.Suite}/", StringComparison.Ordinal)
        || Enum.GetValues<ScalingShape>().Any(shape => shape.Name() == asked);
}
