namespace StaticBench.Analysis.Series;

/// <summary>Choices the pivot makes that a user may want to override.</summary>
public sealed record SeriesOptions
{
    /// <summary>
    /// The project's main branch: only runs on it (and not for a pull request) make trend points.
    /// Null: the most common branch across runs (ties: <c>main</c>, then ordinal order).
    /// </summary>
    public string? MainBranch { get; init; }

    /// <summary>Relative changes up to this size count as neutral (default 1%).</summary>
    public double NeutralBand { get; init; } = 0.01;
}
