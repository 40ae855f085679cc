namespace StaticBench.Analysis.Findings;

/// <summary>What kind of thing a finding reports.</summary>
public enum FindingKind
{
    /// <summary>A step in the worse direction.</summary>
    Regression,

    /// <summary>A step in the better direction.</summary>
    Improvement,
}

/// <summary>What a finding was found from.</summary>
public enum FindingBasis
{
    /// <summary>The change-point detector over the per-commit medians (<see cref="ChangePoints.StaticBenchDetector"/>).</summary>
    Trend,

    /// <summary>One point's raw samples against the points before it (<see cref="ChangePoints.SampleSteps"/>): short histories and the newest points.</summary>
    Samples,

    /// <summary>A deterministic metric's value moved (<see cref="ChangePoints.ExactChanges"/>): no statistics, confidence 1.</summary>
    Exact,

    /// <summary>
    /// A gradual regression over many commits (<see cref="ChangePoints.CreepFinder"/>): from the best level before it
    /// (<see cref="Finding.FromCommit"/>) to the level at <see cref="Finding.ToCommit"/>, whose position is <see cref="Finding.Index"/>.
    /// </summary>
    Creep,
}

/// <summary>
/// Something the analysis found that people should see: a step in a series with its size,
/// confidence and the commit range where it happened. Renderers (site, feed, a future GitHub bot)
/// present findings; they compute nothing.
/// </summary>
/// <param name="Id">Stable id (same data, same id): hash of series id, kind and the first commit after the step.</param>
/// <param name="Kind">Regression or improvement, given the series' better direction.</param>
/// <param name="SeriesId">The series' id.</param>
/// <param name="Subject">The series in words (benchmark, parameters, engine, phase, metric, machine).</param>
/// <param name="Benchmark">The benchmark name.</param>
/// <param name="Message">One sentence: what changed and by how much.</param>
/// <param name="Change">Relative step, new over old minus one.</param>
/// <param name="Confidence">1 - p × n of the confirming test, corrected for the search over the series (<see cref="ChangePoints.ChangePoint"/>).</param>
/// <param name="Index">Position of the first point after the step in the series' points.</param>
/// <param name="FromCommit">Last commit measured before the step.</param>
/// <param name="ToCommit">First commit measured after it: the step happened in (FromCommit, ToCommit].</param>
/// <param name="ToCommitTime">ToCommit's time: findings are listed newest first by it.</param>
/// <param name="ToSubject">ToCommit's subject line.</param>
/// <param name="Unit">The series' unit.</param>
/// <param name="Acknowledged">The note acknowledging it, when someone has.</param>
public sealed record Finding(
    string Id,
    FindingKind Kind,
    string SeriesId,
    string Subject,
    string Benchmark,
    string Message,
    double Change,
    double Confidence,
    int Index,
    string FromCommit,
    string ToCommit,
    DateTimeOffset ToCommitTime,
    string ToSubject,
    string Unit,
    AcknowledgementNote? Acknowledged)
{
    /// <summary>What it was found from: the trend's detector, one point's samples, an exact metric's move, or creep.</summary>
    public FindingBasis Basis { get; init; } = FindingBasis.Trend;

    /// <summary>Position of <see cref="FromCommit"/> in the series' points: <see cref="Index"/> − 1 for a step, the best level's point for creep.</summary>
    public int FromIndex { get; init; } = Index - 1;

    /// <summary>
    /// The excursion this step belongs to when a later step undid it (<see cref="ChangePoints.Excursions"/>): the
    /// step is still shown, but it is no standing change. Null for standing steps and for other bases.
    /// </summary>
    public ChangePoints.Excursion? Excursion { get; init; }

    /// <summary>Still alarming: not acknowledged.</summary>
    public bool IsOpen => Acknowledged is null;

    /// <summary>A change that stands: open and not undone within an excursion. What the status, the badge and the feed count.</summary>
    public bool IsStanding => IsOpen && Excursion is null;
}

/// <summary>An acknowledgement that matched a finding: its note and the file it is in.</summary>
public sealed record AcknowledgementNote(string Note, string Path);
