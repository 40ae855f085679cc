using StaticBench.Schema.Model;

namespace StaticBench.Analysis.Profiles;

/// <summary>
/// Gathers the <see cref="ProfileMetrics"/> results of a run into one <see cref="InstructionProfile"/>
/// per benchmark, parameters, engine and phase. A result's value is the median of its samples
/// (exact counts have identical samples).
/// </summary>
public static class ProfileReader
{
    public static IReadOnlyList<InstructionProfile> Read(RunResult run) =>
    [
        .. run.Results
            .Where(r => ProfileMetrics.IsProfile(r.Metric) && NameOf(r) is not null)
            .GroupBy(KeyOf)
            .Select(g => new InstructionProfile(
                g.Key,
                Entries(g.Where(r => r.Metric == ProfileMetrics.OpcodeCount)),
                Entries(g.Where(r => r.Metric == ProfileMetrics.FunctionInstructions)))),
    ];

    /// <summary>The profile a result belongs to: its benchmark, parameters without the opcode or function, engine and phase.</summary>
    public static ProfileKey KeyOf(BenchmarkResult result)
    {
        var others = result.Parameters?
            .Where(p => p.Key is not (ProfileMetrics.OpcodeParameter or ProfileMetrics.FunctionParameter))
            .ToDictionary();
        return new ProfileKey(result.Benchmark, SeriesKey.FormatParameters(others), SeriesKey.FormatEngine(result.Engine), result.Phase);
    }

    /// <summary>The opcode or function a profile result counts, or null when it names none.</summary>
    public static string? NameOf(BenchmarkResult result)
    {
        var parameter = result.Metric == ProfileMetrics.OpcodeCount ? ProfileMetrics.OpcodeParameter : ProfileMetrics.FunctionParameter;
        return result.Parameters is not null && result.Parameters.TryGetValue(parameter, out var name) ? name.Canonical : null;
    }

    private static ProfileEntry[] Entries(IEnumerable<BenchmarkResult> results) =>
    [
        .. results
            .Select(r => new ProfileEntry(NameOf(r)!, SampleSummary.Of(r).Median))
            .OrderByDescending(e => e.Count)
            .ThenBy(e => e.Name, StringComparer.Ordinal),
    ];
}
