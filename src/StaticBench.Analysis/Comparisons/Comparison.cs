using StaticBench.Schema.Model;

namespace StaticBench.Analysis.Comparisons;

/// <summary>What a comparison concluded, knowing which direction is better.</summary>
public enum Verdict
{
    /// <summary>Worse beyond the threshold, and the test says it is real.</summary>
    Regression,

    /// <summary>Better beyond the threshold, and the test says it is real.</summary>
    Improvement,

    /// <summary>No real change beyond the threshold.</summary>
    NoChange,

    /// <summary>The interval reaches past the threshold on both sides: these samples cannot tell.</summary>
    TooNoisy,

    /// <summary>Only in head.</summary>
    Added,

    /// <summary>Only in base.</summary>
    Removed,
}

/// <summary>How the numbers were compared.</summary>
public enum ComparisonMethod
{
    /// <summary>Counts and sizes (unit count or bytes), or samples that repeat exactly: compared without statistics.</summary>
    Exact,

    /// <summary>
    /// Rank tests: Mann-Whitney with the Hodges-Lehmann ratio and Moses' interval on all samples, and
    /// the same on the best part of the samples (see <see cref="ShiftEstimates"/>).
    /// </summary>
    RankBased,

    /// <summary>Present on one side only.</summary>
    None,
}

/// <summary>Which samples a timed comparison's change was measured on.</summary>
public enum ChangeBasis
{
    /// <summary>All samples of both sides (Hodges-Lehmann, Moses' interval).</summary>
    AllSamples,

    /// <summary>
    /// The best <see cref="ComparisonOptions.BestPartFraction"/> of the pooled samples (fastest, for
    /// times): the part a busy machine leaves undisturbed. Reported when it is the more precise estimate.
    /// </summary>
    BestPart,
}

/// <summary>Settings of a comparison; defaults documented in docs/statistics.md.</summary>
public sealed record ComparisonOptions
{
    /// <summary>Relative changes smaller than this are "no change" even when real (default 1%).</summary>
    public double Threshold { get; init; } = 0.01;

    /// <summary>Two-sided significance level of a comparison (default 0.01), split between its two tests when both run.</summary>
    public double Alpha { get; init; } = 0.01;

    /// <summary>Confidence of the interval around the change (default 95%).</summary>
    public double Confidence { get; init; } = 0.95;

    /// <summary>Power at which the minimum detectable effect is stated (default 80%).</summary>
    public double Power { get; init; } = 0.80;

    /// <summary>
    /// Share of the pooled samples, from the best end, that the contention-robust test ranks (default
    /// 15%; 0 turns that test off). See <see cref="ShiftEstimates"/> and docs/statistics.md.
    /// </summary>
    public double BestPartFraction { get; init; } = 0.15;
}

/// <summary>
/// One series compared between base and head. <see cref="Change"/> is head over base minus one
/// (<c>0.05</c> = 5% higher), with its interval, measured on the samples <see cref="Basis"/> names;
/// <see cref="MinimumDetectable"/> is the smallest relative change this comparison could have detected
/// at this noise (80% power).
/// </summary>
public sealed record Comparison
{
    public required string Name { get; init; }

    public required SeriesKey Key { get; init; }

    public required string Unit { get; init; }

    public required Better Better { get; init; }

    public required ComparisonMethod Method { get; init; }

    public required Verdict Verdict { get; init; }

    public int BaseCount { get; init; }

    public int HeadCount { get; init; }

    public double BaseMedian { get; init; } = double.NaN;

    public double HeadMedian { get; init; } = double.NaN;

    public double Change { get; init; } = double.NaN;

    public double ChangeLow { get; init; } = double.NaN;

    public double ChangeHigh { get; init; } = double.NaN;

    /// <summary>
    /// The smallest p-value of the comparison's rank tests, times the number of tests (Bonferroni), so
    /// that p &lt; α means significant; 0 or 1 for exact comparisons.
    /// </summary>
    public double PValue { get; init; } = double.NaN;

    /// <summary>Which samples <see cref="Change"/> and its interval were measured on.</summary>
    public ChangeBasis Basis { get; init; } = ChangeBasis.AllSamples;

    public double MinimumDetectable { get; init; } = double.NaN;

    /// <summary>The change in the "worse is positive" sense: positive is a regression of that size.</summary>
    public double Regression => double.IsNaN(Change) ? double.NaN : Better == Better.Higher ? -Change : Change;

    /// <summary>The word for the verdict given the unit: faster/slower for times, better/worse otherwise.</summary>
    public string VerdictText => Verdict switch
    {
        Verdict.Regression => Unit == "ns" ? "slower" : "worse",
        Verdict.Improvement => Unit == "ns" ? "faster" : "better",
        Verdict.NoChange => "no change",
        Verdict.TooNoisy => "too noisy to say",
        Verdict.Added => "added",
        _ => "removed",
    };
}
