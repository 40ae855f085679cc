using StaticBench.Schema.Model;

namespace StaticBench.Analysis.Comparisons;

/// <summary>Two labelled sides (a file, a commit) of a comparison.</summary>
public sealed record ComparisonSide(string Label, IReadOnlyList<RunResult> Runs);

/// <summary>Every series of base compared with head, sorted by impact (regressions first, largest first).</summary>
public sealed record ComparisonReport(string BaseLabel, string HeadLabel, IReadOnlyList<Comparison> Comparisons, ComparisonOptions Options)
{
    public int Count(Verdict verdict) => Comparisons.Count(c => c.Verdict == verdict);

    /// <summary>One verdict per benchmark where wall time and cpu-time were both compared, saying which clock decided (<see cref="ClockVerdict"/>).</summary>
    public IReadOnlyList<ClockVerdict> Verdicts => ClockVerdict.Of(Comparisons);

    /// <summary>How many of <see cref="Verdicts"/> say <paramref name="verdict"/>: what the summaries count.</summary>
    public int CountVerdicts(Verdict verdict) => Verdicts.Count(v => v.Verdict == verdict);

    /// <summary>Pairs of clocks judged as one (what the summaries mention when any).</summary>
    public int ClockPairs => Verdicts.Count(v => v.Comparisons.Count == 2);

    /// <summary>
    /// Wall-time series that were too noisy to judge while the cpu-time of the same phase gives a
    /// verdict: on a busy machine the process waits for a core, which wall time counts and cpu-time
    /// does not (docs/runner.md), so readers should look there.
    /// </summary>
    public int WallTooNoisyButCpuTimeJudged
    {
        get
        {
            var judged = Comparisons
                .Where(c => c.Key.Metric == "cpu-time" && c.Verdict is Verdict.Regression or Verdict.Improvement or Verdict.NoChange)
                .Select(c => c.Key with { Metric = "wall-time" })
                .ToHashSet();
            return Comparisons.Count(c => c.Verdict == Verdict.TooNoisy && judged.Contains(c.Key));
        }
    }

    /// <summary>The summary's counts, by <see cref="Verdicts"/>: "2 regression(s), 0 improvement(s), 5 unchanged, 1 too noisy to say", and how many pairs of clocks were judged as one.</summary>
    public string SummaryCounts => string.Create(System.Globalization.CultureInfo.InvariantCulture,
        $"{CountVerdicts(Verdict.Regression)} regression(s), {CountVerdicts(Verdict.Improvement)} improvement(s), {CountVerdicts(Verdict.NoChange)} unchanged, {CountVerdicts(Verdict.TooNoisy)} too noisy to say")
        + (ClockPairs > 0 ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $" ({ClockPairs} measured by wall time and cpu-time, one verdict each: {Verdicts.Count(v => v.DecidedBy == ClockVerdict.CpuTime)} decided by cpu-time, {Verdicts.Count(v => v.DecidedBy == ClockVerdict.WallTime)} by wall time)") : "");

    /// <summary>What to tell readers when <see cref="WallTooNoisyButCpuTimeJudged"/> is not zero (pretty and Markdown output alike); null otherwise.</summary>
    public string? CpuTimeHint => WallTooNoisyButCpuTimeJudged is var n and > 0
        ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Wall time was too noisy to say for {n} series whose cpu-time gives a verdict: the machine was busy, so judge those by cpu-time.")
        : null;

    /// <summary>The worst regression (positive fraction), or 0 without one.</summary>
    public double WorstRegression => Comparisons.Where(c => c.Verdict == Verdict.Regression).Select(c => c.Regression).DefaultIfEmpty(0).Max();
}

/// <summary>
/// Pairs the results of two sides by series and compares each pair. Series are paired by their full
/// key; when the two sides share no machine (two result files from different runners) the machine
/// is left out of the pairing. Several runs of one series on one side pool their samples.
/// </summary>
public static class ComparisonSet
{
    public static ComparisonReport Compare(ComparisonSide baseSide, ComparisonSide headSide, ComparisonOptions? options = null)
    {
        options ??= new ComparisonOptions();
        var baseMachines = baseSide.Runs.Select(r => r.Run.Machine.Name).ToHashSet(StringComparer.Ordinal);
        var ignoreMachine = !headSide.Runs.Any(r => baseMachines.Contains(r.Run.Machine.Name));
        var bases = Pool(baseSide.Runs, ignoreMachine);
        var heads = Pool(headSide.Runs, ignoreMachine);

        var comparisons = new List<Comparison>();
        foreach (var (key, head) in heads)
        {
            if (bases.TryGetValue(key, out var b))
            {
                comparisons.Add(SampleComparer.Compare(Name(key), key, head.Unit, head.Better, b.Samples, head.Samples, options));
            }
            else
            {
                comparisons.Add(OneSided(key, head, Verdict.Added));
            }
        }

        comparisons.AddRange(bases.Where(b => !heads.ContainsKey(b.Key)).Select(b => OneSided(b.Key, b.Value, Verdict.Removed)));
        return new ComparisonReport(baseSide.Label, headSide.Label, Sort(comparisons), options);
    }

    /// <summary>Regressions (largest first), then improvements (largest first), too noisy, no change (largest first), added, removed; ties by name.</summary>
    public static IReadOnlyList<Comparison> Sort(IEnumerable<Comparison> comparisons) => comparisons
        .OrderBy(c => c.Verdict switch
        {
            Verdict.Regression => 0, Verdict.Improvement => 1, Verdict.TooNoisy => 2, Verdict.NoChange => 3, Verdict.Added => 4, _ => 5,
        })
        .ThenByDescending(c => double.IsNaN(c.Change) ? 0 : Math.Abs(c.Change))
        .ThenBy(c => c.Name, StringComparer.Ordinal)
        .ToArray();

    /// <summary>A readable one-line name of a series: benchmark, parameters, engine, phase, metric.</summary>
    public static string Name(SeriesKey key) => string.Join(" ", new[]
    {
        key.Benchmark, key.Parameters.Length > 0 ? $"[{key.Parameters}]" : "", key.Engine, key.Phase, key.Metric,
    }.Where(s => s.Length > 0));

    private static Comparison OneSided(SeriesKey key, Pooled side, Verdict verdict) => new()
    {
        Name = Name(key), Key = key, Unit = side.Unit, Better = side.Better, Method = ComparisonMethod.None, Verdict = verdict,
        BaseCount = verdict == Verdict.Removed ? side.Samples.Count : 0,
        HeadCount = verdict == Verdict.Added ? side.Samples.Count : 0,
        BaseMedian = verdict == Verdict.Removed ? Statistics.RankStatistics.Median(side.Samples) : double.NaN,
        HeadMedian = verdict == Verdict.Added ? Statistics.RankStatistics.Median(side.Samples) : double.NaN,
    };

    private sealed record Pooled(string Unit, Better Better, List<double> Samples);

    private static Dictionary<SeriesKey, Pooled> Pool(IReadOnlyList<RunResult> runs, bool ignoreMachine)
    {
        var pooled = new Dictionary<SeriesKey, Pooled>();
        foreach (var run in runs)
        {
            foreach (var result in run.Results)
            {
                var key = SeriesKey.Of(ignoreMachine ? "" : run.Run.Machine.Name, result);
                if (!pooled.TryGetValue(key, out var p))
                {
                    pooled[key] = p = new Pooled(result.Unit, result.Better, []);
                }

                if (p.Unit == result.Unit)
                {
                    p.Samples.AddRange(result.Samples);
                }
            }
        }

        return pooled;
    }
}
