using StaticBench.Analysis.Profiles;
using StaticBench.Schema.Model;

namespace StaticBench.Cli.Analyzing;

/// <summary>
/// How <c>run</c> shows profile results in its pretty and markdown output: as <c>analyze</c> would
/// (the top opcodes and functions by name), not as phase rows that would hide which opcode is which.
/// </summary>
public static class RunProfiles
{
    /// <summary>Rows shown per table by <c>run</c>; <c>analyze --top</c> shows more.</summary>
    public const int Top = 10;

    /// <summary>The run without its profile results, and the profile report (null when there are none).</summary>
    public static (RunResult Timed, ProfileReport? Profiles) Split(RunResult result)
    {
        var profiles = ProfileReader.Read(result);
        return profiles.Count == 0
            ? (result, null)
            : (result with { Results = [.. result.Results.Where(r => !ProfileMetrics.IsProfile(r.Metric))] }, ProfileReport.Of(result.Run.Id, profiles, Top));
    }
}
