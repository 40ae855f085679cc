using StaticBench.Analysis.ChangePoints;

namespace StaticBench.Analysis.Findings;

/// <summary>Where a series stands at its newest point, in the words the site shows.</summary>
public enum SeriesState
{
    /// <summary>A step in the worse direction among the newest points, not acknowledged.</summary>
    Regression,

    /// <summary>A step in the better direction among the newest points.</summary>
    Improvement,

    /// <summary>The detector had enough points and found no recent step.</summary>
    NoChange,

    /// <summary>Too few points for the detector to judge.</summary>
    TooLittleData,
}

/// <summary>
/// A series' status from the statistics, never from a fixed percentage: the newest open change point
/// when it lies among the last <see cref="RecentPoints"/> points, else "no change" when the detector
/// had at least two segments' worth of points to look at, else "too little data".
/// </summary>
/// <param name="State">The status.</param>
/// <param name="Change">The step's relative size (new over old minus one), for regressions and improvements.</param>
/// <param name="Commit">The first commit after the step.</param>
/// <param name="PointsAgo">How many points ago the step happened (0: at the newest point).</param>
public sealed record SeriesStatus(SeriesState State, double? Change = null, string? Commit = null, int? PointsAgo = null)
{
    /// <summary>A step this many points back or fewer still sets the status.</summary>
    public const int RecentPoints = 20;

    /// <summary>Lower-case words for filters and CSS: <c>regression</c>, <c>improvement</c>, <c>no change</c>, <c>too little data</c>.</summary>
    public string Word => State switch
    {
        SeriesState.Regression => "regression",
        SeriesState.Improvement => "improvement",
        SeriesState.NoChange => "no change",
        _ => "too little data",
    };

    /// <summary>The status of <paramref name="series"/> given its findings (any order; other series' are ignored).</summary>
    public static SeriesStatus Of(Series.Series series, IEnumerable<Finding> findings, DetectorOptions? options = null)
    {
        options ??= new DetectorOptions();
        var count = series.Points.Count;
        var newest = findings
            .Where(f => f.SeriesId == series.Id && f.IsOpen && f.Index >= count - RecentPoints)
            .MaxBy(f => f.Index);
        if (newest is not null)
        {
            var state = newest.Kind == FindingKind.Regression ? SeriesState.Regression : SeriesState.Improvement;
            return new SeriesStatus(state, newest.Change, newest.ToCommit, count - 1 - newest.Index);
        }

        return count >= 2 * options.MinSegment ? new SeriesStatus(SeriesState.NoChange) : new SeriesStatus(SeriesState.TooLittleData);
    }
}
