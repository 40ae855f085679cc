using StaticBench.Schema.Model;

namespace StaticBench.Analysis.Series;

/// <summary>Where a run sits: its commit's x position and its rank in (history, recorded, id) order.</summary>
internal readonly record struct Place(int CommitIndex, int HistoryRank);

/// <summary>
/// A run's id and result path as one-element lists, made once per run and shared by the points of every series the
/// run measured (a point of one run holds these; one pair per point was 1.2 million lists at 200 × 3,000).
/// </summary>
internal sealed record RunLists(IReadOnlyList<string> Ids, IReadOnlyList<string> Paths);

/// <summary>An observation with its run's <see cref="Place"/> and <see cref="RunLists"/>, while pivoting.</summary>
internal readonly record struct PlacedObservation(SeriesObservation Observation, Place Place, RunLists Lists);

/// <summary>
/// Sorts the runs once for the whole pivot: newest started first (the order tables show) and a rank
/// in history order (commit position, then recording time, then id) that trends sort by as an int.
/// </summary>
internal static class RunPlacement
{
    public static IReadOnlyList<(RecordedRun Run, Place Place)> NewestFirst(IReadOnlyList<RecordedRun> runs, ProjectCommitOrder order)
    {
        var indexes = runs.Select(r => order.IndexOf(r.Run.Run.Project.Commit)).ToArray();
        var byHistory = Enumerable.Range(0, runs.Count)
            .OrderBy(i => indexes[i])
            .ThenBy(i => runs[i].RecordedAt)
            .ThenBy(i => runs[i].Run.Run.Id, StringComparer.Ordinal)
            .ToArray();
        var ranks = new int[runs.Count];
        for (var rank = 0; rank < byHistory.Length; rank++)
        {
            ranks[byHistory[rank]] = rank;
        }

        var newestFirst = Enumerable.Range(0, runs.Count)
            .OrderByDescending(i => runs[i].Run.Run.Started)
            .ThenByDescending(i => runs[i].Run.Run.Id, StringComparer.Ordinal)
            .Select(i => (runs[i], new Place(indexes[i], ranks[i])))
            .ToArray();
        return newestFirst;
    }
}
