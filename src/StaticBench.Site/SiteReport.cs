namespace StaticBench.Site;

/// <summary>What a build produced, for the <c>build</c> command to print.</summary>
/// <param name="Files">Files the build produced (pages, data, assets).</param>
/// <param name="Benchmarks">Benchmark pages.</param>
/// <param name="Series">Series across all benchmarks.</param>
/// <param name="Written">Files written because they were new or changed.</param>
/// <param name="Unchanged">Files left alone because their bytes were the same.</param>
/// <param name="Deleted">Files an earlier build wrote that this one no longer produces.</param>
/// <param name="Skipped">Data files the history reader skipped (listed on the index).</param>
/// <param name="Warnings">Problems that left data off the site (also on the index).</param>
public sealed record SiteReport(
    int Files,
    int Benchmarks,
    int Series,
    int Written,
    int Unchanged,
    int Deleted,
    int Skipped,
    IReadOnlyList<string> Warnings)
{
    /// <summary>How long building the page model and each page kind took, in the order they ran.</summary>
    public IReadOnlyList<PageTiming> Timings { get; init; } = [];
}

/// <summary>The wall time one step of the site build took (<see cref="Pages.ISitePage.Name"/>, or <c>model</c>).</summary>
public sealed record PageTiming(string Step, TimeSpan Elapsed);
