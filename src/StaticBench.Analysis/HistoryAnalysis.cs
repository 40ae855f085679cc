using StaticBench.Analysis.ChangePoints;
using StaticBench.Analysis.Findings;
using StaticBench.Analysis.Scaling;
using StaticBench.Analysis.Series;
using StaticBench.Schema.Model;

namespace StaticBench.Analysis;

/// <summary>What to analyse a history with; defaults suit the site build.</summary>
public sealed record AnalysisOptions
{
    /// <summary>Main branch and neutral band of the pivot.</summary>
    public SeriesOptions Series { get; init; } = new();

    /// <summary>The change-point detector and its options (the data settings' minimum effects still apply).</summary>
    public IChangePointDetector Detector { get; init; } = ChangePointDetectors.Default;

    public DetectorOptions Detection { get; init; } = new();

    /// <summary>Change points remembered from an earlier build; null scans every series.</summary>
    public DetectionMemo? Memo { get; init; }

    /// <summary>Whether long series are scanned up to their latest checkpoint only (<see cref="RefreshSchedule"/>), as the site does; false scans every point.</summary>
    public bool Scheduled { get; init; } = true;
}

/// <summary>
/// A data repository's history analysed: the series, the change points found in them, each series'
/// status, and the scaling fits. The site renders this and computes nothing itself.
/// </summary>
public sealed record AnalysedHistory
{
    public required DataSnapshot Snapshot { get; init; }

    public required SeriesSet Series { get; init; }

    /// <summary>Every change point of every series, newest first (<see cref="FindingsBuilder"/>).</summary>
    public required IReadOnlyList<Finding> Findings { get; init; }

    /// <summary>Each series' status by series id.</summary>
    public required IReadOnlyDictionary<string, SeriesStatus> Statuses { get; init; }

    public required IReadOnlyList<ScalingGroup> Scaling { get; init; }
}

/// <summary>The analysis step between the history reader and the site: snapshot → series → findings, statuses, scaling fits.</summary>
public static class HistoryAnalysis
{
    public static AnalysedHistory Run(DataSnapshot snapshot, AnalysisOptions? options = null)
    {
        options ??= new AnalysisOptions();
        var set = SeriesBuilder.BuildSeries(snapshot.Runs, options.Series);
        var findings = FindingsBuilder.Build(set.Series, snapshot.Settings, snapshot.Acknowledgements, options.Detector, options.Detection, options.Memo, options.Scheduled);
        var bySeries = findings.ToLookup(f => f.SeriesId, StringComparer.Ordinal);
        var statuses = set.Series.ToDictionary(s => s.Id, s => SeriesStatus.Of(s, bySeries[s.Id], options.Detection), StringComparer.Ordinal);
        return new AnalysedHistory
        {
            Snapshot = snapshot,
            Series = set,
            Findings = findings,
            Statuses = statuses,
            Scaling = ScalingGroups.Find(set.Series),
        };
    }
}
