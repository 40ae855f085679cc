using StaticBench.Schema.Model;

namespace StaticBench.Analysis.Series;

/// <summary>The result of the pivot: every series, the x-axis order and what could not be plotted.</summary>
public sealed record SeriesSet
{
    /// <summary>Every series, ordered by benchmark, then the rest of the key (ordinal).</summary>
    public required IReadOnlyList<BenchmarkSeries> Series { get; init; }

    public required ProjectCommitOrder CommitOrder { get; init; }

    /// <summary>The branch whose runs make the trend lines.</summary>
    public required string MainBranch { get; init; }

    /// <summary>Problems that made the pivot leave results out, e.g. a series mixing units.</summary>
    public required IReadOnlyList<string> Warnings { get; init; }

    /// <summary>Every run (pull requests and branches included), newest started first: for run tables.</summary>
    public required IReadOnlyList<RecordedRun> RunsNewestFirst { get; init; }

    /// <summary>Whether <paramref name="run"/> makes trend points: on <see cref="MainBranch"/> and not for a pull request.</summary>
    public bool IsOnTrend(RunInfo run) => TrendPolicy.IsOnTrend(run, MainBranch);
}
