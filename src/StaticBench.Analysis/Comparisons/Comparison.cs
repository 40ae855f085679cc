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

    /// <summary>Mann-Whitney test, Hodges-Lehmann ratio with Moses' interval.</summary>
    RankBased,

    /// <summary>Present on one side only.</summary>
    None,
}

/// <summary>Settings of a comparison; defaults documented in docs/statistics.md.</summary>
public sealed record ComparisonOptions
{
    /// <summary>Relative changes smaller than this are "no change" even when real (default 1%).</summary>
    public double Threshold { get; init; } = 0.01;

    /// <summary>Two-sided significance level of the Mann-Whitney test (default 0.01).</summary>
    public double Alpha { get; init; } = 0.01;

    /// <summary>Confidence of the interval around the change (default 95%).</summary>
    public double Confidence { get; init; } = 0.95;

    /// <summary>Power at which the minimum detectable effect is stated (default 80%).</summary>
    public double Power { get; init; } = 0.80;
}

/// <summary>
/// One series compared between base and head. <see cref="Change"/> is head over base minus one
/// (<c>0.05</c> = 5% higher), with its interval; <see cref="MinimumDetectable"/> is the smallest
/// relative change this comparison could have detected at this noise (80% power).
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

    /// <summary>Mann-Whitney p-value; 0 or 1 for exact comparisons.</summary>
    public double PValue { get; init; } = double.NaN;

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
