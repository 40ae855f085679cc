using StaticBench.Analysis.Findings;
using StaticBench.Site.Formatting;

namespace StaticBench.Site.Charts;

/// <summary>The short words a series' status is shown with on cards and badges.</summary>
public static class SeriesStatusText
{
    /// <summary>
    /// <c>regression +4.1%</c>, <c>improvement -3.0%</c>, <c>no change</c>, <c>too little data</c>; a step
    /// of unknown size is just its word. Shorter than <see cref="SeriesStatus.Describe"/>, whose commit
    /// id does not fit a badge.
    /// </summary>
    public static string Short(SeriesStatus status) =>
        status.State is SeriesState.Regression or SeriesState.Improvement && status.Change is { } change && double.IsFinite(change)
            ? $"{status.Word} {ValueFormatter.Ratio(change)}"
            : status.Word;
}
