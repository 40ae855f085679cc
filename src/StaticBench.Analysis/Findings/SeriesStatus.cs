using StaticBench.Analysis.ChangePoints;

namespace StaticBench.Analysis.Findings;

/// <summary>Where a series stands at its newest point, in the words the site shows.</summary>
public enum SeriesState
{
    /// <summary>A step in the worse direction among the newest points, not acknowledged.</summary>
    Regression,

    /// <summary>A step in the better direction among the newest points.</summary>
    Improvement,

    /// <summary>The tests could judge the newest points and found no recent step.</summary>
    NoChange,

    /// <summary>Too few points or samples for any test to judge.</summary>
    TooLittleData,
}

/// <summary>
/// A series' status from the statistics, never from a fixed percentage: the newest open change point
/// when it lies among the last <see cref="RecentPoints"/> points (from the detector, from a point's samples,
/// or an exact metric's move), else "no change" when something could have judged the newest point: the
/// detector (two segments' worth of points), the sample test of the newest point against the points before it
/// (enough samples to reach its level: 7 against 7 do, 3 against 25), or an exact metric from its second point on.
/// Else "too little data".
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

        return CouldJudge(series, options) ? new SeriesStatus(SeriesState.NoChange) : new SeriesStatus(SeriesState.TooLittleData);
    }

    private static bool CouldJudge(Series.Series series, DetectorOptions options)
    {
        var points = series.Points;
        if (points.Count >= 2 * options.MinSegment)
        {
            return true;
        }

        if (points.Count < 2)
        {
            return false;
        }

        if (Series.ExactMetric.Is(series))
        {
            return true;
        }

        var reference = 0;
        for (var j = Math.Max(0, points.Count - 1 - SampleSteps.ReferencePoints); j < points.Count - 1; j++)
        {
            reference += points[j].SampleCount;
        }

        return SampleSteps.CanDecide(points[^1].SampleCount, reference);
    }
}
