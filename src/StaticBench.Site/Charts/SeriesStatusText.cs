using StaticBench.Analysis.Findings;
using StaticBench.Site.Formatting;

namespace StaticBench.Site.Charts;

/// <summary>The short words a series' status is shown with on cards and badges.</summary>
public static class SeriesStatusText
{
    /// <summary>
    /// <c>regression +4.1%</c>, <c>improvement -3.0%</c>, <c>no change</c>, <c>too little data</c>; a step
    /// of unknown size is just its word. For cards and badges, where <see cref="Long"/>'s commit does not fit.
    /// </summary>
    public static string Short(SeriesStatus status) =>
        status.State is SeriesState.Regression or SeriesState.Improvement && status.Change is { } change && double.IsFinite(change)
            ? $"{status.Word} {ValueFormatter.Ratio(change)}"
            : status.Text;

    /// <summary>As <see cref="Short"/>, with the first commit after the step: <c>regression +4.1% at 1a2b3c4d5e</c>.</summary>
    public static string Long(SeriesStatus status) =>
        status.Commit is { } commit && status.Change is not null ? $"{Short(status)} at {Schema.Model.CommitId.Short(commit)}" : Short(status);
}
