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
/// Else "too little data". Steps that a later step undid (an <see cref="Excursion"/>) do not set the status: when
/// they are all there is among the newest points, the status is "no net change" (<see cref="SeriesState.NoChange"/>
/// with <see cref="Undone"/> set).
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

    /// <summary>The newest excursion among the newest points when it is why the status is "no change" (its steps net out).</summary>
    public Excursion? Undone { get; init; }

    /// <summary>The status in words for people: <see cref="Word"/>, or <c>no net change</c> when an <see cref="Undone"/> excursion is why there is no change.</summary>
    public string Text => State == SeriesState.NoChange && Undone is not null ? "no net change" : Word;

    /// <summary>The status of <paramref name="series"/> given its findings (any order; other series' are ignored).</summary>
    public static SeriesStatus Of(Series.BenchmarkSeries series, IEnumerable<Finding> findings, DetectorOptions? options = null)
    {
        options ??= new DetectorOptions();
        var count = series.Points.Count;
        var recent = findings.Where(f => f.SeriesId == series.Id && f.IsOpen && f.Index >= count - RecentPoints).ToArray();
        var newest = recent.Where(f => f.IsStanding).MaxBy(f => f.Index);
        if (newest is not null)
        {
            var state = newest.Kind == FindingKind.Regression ? SeriesState.Regression : SeriesState.Improvement;
            return new SeriesStatus(state, newest.Change, newest.ToCommit, count - 1 - newest.Index);
        }

        return recent.Where(f => f.Excursion is not null).MaxBy(f => f.Index)?.Excursion is { } undone
            ? new SeriesStatus(SeriesState.NoChange) { Undone = undone }
            : CouldJudge(series, options) ? new SeriesStatus(SeriesState.NoChange) : new SeriesStatus(SeriesState.TooLittleData);
    }

    /// <summary>
    /// The status of a series known only by its changes (the <c>detect</c> command's input): the newest change among
    /// the last <see cref="RecentPoints"/> of <paramref name="count"/> points that is not inside one of
    /// <paramref name="excursions"/>, else no net change when recent ones are, else no change when
    /// <paramref name="couldJudge"/>, else too little data. No acknowledgements, no commits.
    /// </summary>
    public static SeriesStatus Of(int count, IReadOnlyList<ChangePoint> changes, Schema.Model.Better better, bool couldJudge, IReadOnlyList<Excursion>? excursions = null)
    {
        excursions ??= [];
        var recent = changes.Where(c => c.Index >= count - RecentPoints).ToArray();
        var newest = recent.Where(c => excursions.Containing(c.Index) is null).MaxBy(c => c.Index);
        if (newest is not null)
        {
            var worse = better == Schema.Model.Better.Higher ? newest.Change < 0 : newest.Change > 0;
            return new SeriesStatus(worse ? SeriesState.Regression : SeriesState.Improvement, newest.Change, null, count - 1 - newest.Index);
        }

        return recent.OrderBy(c => c.Index).Select(c => excursions.Containing(c.Index)).LastOrDefault(e => e is not null) is { } undone
            ? new SeriesStatus(SeriesState.NoChange) { Undone = undone }
            : couldJudge ? new SeriesStatus(SeriesState.NoChange) : new SeriesStatus(SeriesState.TooLittleData);
    }

    private static bool CouldJudge(Series.BenchmarkSeries series, DetectorOptions options) =>
        CouldJudge(series.Points.Count, series.Points.Count >= 2 && Series.ExactMetric.Is(series), i => series.Points[i].SampleCount, options);

    /// <summary>
    /// Whether a test could have judged the newest of <paramref name="count"/> points: the detector (two minimum segments),
    /// an exact metric from its second point, or the sample test of the newest point against the ones before it.
    /// </summary>
    public static bool CouldJudge(int count, bool exact, Func<int, int> sampleCount, DetectorOptions options)
    {
        if (count >= 2 * options.MinSegment || (exact && count >= 2))
        {
            return true;
        }

        if (count < 2)
        {
            return false;
        }

        var reference = 0;
        for (var j = Math.Max(0, count - 1 - SampleSteps.ReferencePoints); j < count - 1; j++)
        {
            reference += sampleCount(j);
        }

        return SampleSteps.CanDecide(sampleCount(count - 1), reference);
    }
}
