using StaticBench.Schema.Model;

namespace StaticBench.Analysis.Comparisons;

/// <summary>
/// One verdict per benchmark, phase and engine where a run measured both wall time and cpu-time (the same
/// processes, two clocks), saying which clock decided; every other series stands for itself.
/// </summary>
/// <param name="Name">The series in words, without the metric for a pair of clocks.</param>
/// <param name="Key">The wall-time series' key for a pair, else the series' own.</param>
/// <param name="Verdict">The verdict.</param>
/// <param name="DecidedBy">The metric whose comparison gave the verdict: <c>wall-time</c>, <c>cpu-time</c>, <c>both</c> when they agree, <c>disagree</c> when one says faster and the other slower; for a single series, its metric.</param>
/// <param name="Comparisons">The comparisons behind it: wall time first.</param>
public sealed record ClockVerdict(string Name, SeriesKey Key, Verdict Verdict, string DecidedBy, IReadOnlyList<Comparison> Comparisons)
{
    public const string WallTime = "wall-time";
    public const string CpuTime = "cpu-time";

    /// <summary>The verdict in words, as its comparisons say it (faster/slower for times).</summary>
    public string VerdictText => (Comparisons[0] with { Verdict = Verdict }).VerdictText;

    /// <summary>
    /// The verdicts of <paramref name="comparisons"/>, one per pair of clocks. A clock that finds a change decides
    /// (a busy machine makes wall time too noisy to say while cpu-time still can; a program that waits more is slower
    /// by wall time alone); two that find opposite changes are "too noisy to say"; else "no change" when either
    /// says so, else "too noisy to say". In the order of <paramref name="comparisons"/>.
    /// </summary>
    public static IReadOnlyList<ClockVerdict> Of(IReadOnlyList<Comparison> comparisons)
    {
        var cpuByWallKey = comparisons.Where(c => c.Key.Metric == CpuTime && Judged(c)).ToDictionary(c => c.Key with { Metric = WallTime });
        var pairs = comparisons
            .Where(c => c.Key.Metric == WallTime && Judged(c) && cpuByWallKey.ContainsKey(c.Key))
            .ToDictionary(c => c.Key, c => cpuByWallKey[c.Key]);
        var paired = pairs.Values.Select(c => c.Key).ToHashSet();
        var verdicts = new List<ClockVerdict>();
        foreach (var c in comparisons)
        {
            if (c.Key.Metric == WallTime && pairs.TryGetValue(c.Key, out var cpu))
            {
                var (verdict, by) = Combine(c, cpu);
                verdicts.Add(new ClockVerdict(ComparisonSet.Name(c.Key with { Metric = "" }).TrimEnd(), c.Key, verdict, by, [c, cpu]));
            }
            else if (!paired.Contains(c.Key))
            {
                verdicts.Add(new ClockVerdict(c.Name, c.Key, c.Verdict, c.Key.Metric, [c]));
            }
        }

        return verdicts;
    }

    private static bool Judged(Comparison c) => c.Verdict is not (Verdict.Added or Verdict.Removed);

    private static (Verdict, string) Combine(Comparison wall, Comparison cpu)
    {
        static bool Found(Comparison c) => c.Verdict is Verdict.Regression or Verdict.Improvement;
        return (Found(wall), Found(cpu)) switch
        {
            (true, true) when wall.Verdict == cpu.Verdict => (wall.Verdict, "both"),
            (true, true) => (Verdict.TooNoisy, "disagree"),
            (true, false) => (wall.Verdict, WallTime),
            (false, true) => (cpu.Verdict, CpuTime),
            _ when wall.Verdict == Verdict.NoChange && cpu.Verdict == Verdict.NoChange => (Verdict.NoChange, "both"),
            _ when cpu.Verdict == Verdict.NoChange => (Verdict.NoChange, CpuTime),
            _ when wall.Verdict == Verdict.NoChange => (Verdict.NoChange, WallTime),
            _ => (Verdict.TooNoisy, "both"),
        };
    }
}
