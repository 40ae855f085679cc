using StaticBench.Schema.Model;

namespace StaticBench.Analysis.Series;

/// <summary>
/// One point of a trend line: everything measured for one series at one project commit on the main
/// branch. Several runs at the same commit are combined into one point (their samples pooled, the
/// median taken over all of them), because a trend line with two dots at one x reads as noise.
/// </summary>
/// <remarks>
/// What a point shares with every point of its run (commit, subject, run ids, paths, recording time) is held once per
/// run in a <see cref="PointOrigin"/>: a point is its numbers and that reference, 80 bytes instead of 144 (600,000 points
/// at 200 benchmarks × 3,000 runs).
/// </remarks>
public readonly record struct SeriesPoint
{
    /// <param name="origin">The run, or the runs combined, the point comes from.</param>
    /// <param name="median">Median of all pooled samples.</param>
    /// <param name="min">Smallest pooled sample (or harness minimum).</param>
    /// <param name="max">Largest pooled sample (or harness maximum).</param>
    /// <param name="sampleCount">How many samples the point is made of.</param>
    /// <param name="engineVersion">Engine version of the most recently recorded of those runs.</param>
    public SeriesPoint(PointOrigin origin, double median, double min, double max, int sampleCount, string? engineVersion)
    {
        Origin = origin;
        Median = median;
        Min = min;
        Max = max;
        SampleCount = sampleCount;
        EngineVersion = engineVersion;
        MedianLow = min;
        MedianHigh = max;
    }

    /// <summary>The run, or the runs combined, this point comes from.</summary>
    public PointOrigin Origin { get; }

    /// <summary>The project commit (x-axis position, via <see cref="SeriesSet.CommitOrder"/>).</summary>
    public string Commit => Origin.Commit;

    /// <summary>The project commit's time.</summary>
    public DateTimeOffset CommitTime => Origin.CommitTime;

    /// <summary>First line of the commit message.</summary>
    public string Subject => Origin.Project.Subject;

    /// <summary>The pull request, when the runs were for one (never on a main-branch trend today).</summary>
    public int? PullRequest => Origin.Project.PullRequest;

    /// <summary>The runs combined into this point, oldest recorded first.</summary>
    public IReadOnlyList<string> RunIds => Origin.Ids;

    /// <summary>Their result files in the data repository.</summary>
    public IReadOnlyList<string> DataPaths => Origin.Paths;

    /// <summary>When the most recent of those runs was recorded.</summary>
    public DateTimeOffset RecordedAt => Origin.RecordedAt;

    /// <summary>Median of all pooled samples.</summary>
    public double Median { get; }

    /// <summary>Smallest pooled sample (or harness minimum).</summary>
    public double Min { get; }

    /// <summary>Largest pooled sample (or harness maximum).</summary>
    public double Max { get; }

    /// <summary>How many samples the point is made of.</summary>
    public int SampleCount { get; }

    /// <summary>Engine version of the most recently recorded of those runs.</summary>
    public string? EngineVersion { get; }

    /// <summary>Low end of the distribution-free 95% interval of <see cref="Median"/> (<see cref="MedianInterval"/>); <see cref="Min"/> when unknown.</summary>
    public double MedianLow { get; init; }

    /// <summary>High end of that interval; <see cref="Max"/> when unknown.</summary>
    public double MedianHigh { get; init; }
}

/// <summary>
/// The run-level facts of a trend point: its project commit, the runs combined into it and their result files, and when
/// the newest of them was recorded. Made once per run and shared by the points of every series the run measured.
/// </summary>
public sealed record PointOrigin
{
    /// <param name="project">The project commit the runs measured (of the newest run, when several are combined).</param>
    /// <param name="ids">The runs' ids, oldest recorded first.</param>
    /// <param name="paths">Their result files in the data repository.</param>
    /// <param name="recordedAt">When the most recent of those runs was recorded.</param>
    public PointOrigin(ProjectInfo project, IReadOnlyList<string> ids, IReadOnlyList<string> paths, DateTimeOffset recordedAt) =>
        (Project, Ids, Paths, RecordedAt) = (project, ids, paths, recordedAt);

    /// <summary>The project commit the runs measured (of the newest run, when several are combined).</summary>
    public ProjectInfo Project
    {
        get;
        [System.Diagnostics.CodeAnalysis.MemberNotNull(nameof(Commit))]
        init
        {
            field = value;
            (Commit, CommitTime) = (value.Commit, value.CommitTime);
        }
    }

    /// <summary>
    /// <see cref="Project"/>'s commit, kept here too: the charts read it and its time for every point of the history, and
    /// reaching them through the project took one more cache miss each.
    /// </summary>
    public string Commit { get; private init; }

    /// <summary><see cref="Project"/>'s commit time, kept here for the same reason as <see cref="Commit"/>.</summary>
    public DateTimeOffset CommitTime { get; private init; }

    /// <summary>The runs' ids, oldest recorded first.</summary>
    public IReadOnlyList<string> Ids { get; init; }

    /// <summary>Their result files in the data repository.</summary>
    public IReadOnlyList<string> Paths { get; init; }

    /// <summary>When the most recent of those runs was recorded.</summary>
    public DateTimeOffset RecordedAt { get; init; }

    /// <summary>The origin of a point made of <paramref name="recorded"/> alone.</summary>
    public static PointOrigin Of(RecordedRun recorded) =>
        new(recorded.Run.Run.Project, [recorded.Run.Run.Id], [recorded.Path], recorded.RecordedAt);
}
