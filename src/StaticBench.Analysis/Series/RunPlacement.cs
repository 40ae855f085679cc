using StaticBench.Schema.Model;

namespace StaticBench.Analysis.Series;

/// <summary>Where a run sits: its commit's x position and its rank in (history, recorded, id) order.</summary>
internal readonly record struct Place(int CommitIndex, int HistoryRank);

/// <summary>An observation with its run's <see cref="Place"/>, while pivoting.</summary>
internal readonly record struct PlacedObservation(SeriesObservation Observation, Place Place);

/// <summary>
/// One series' observations while pivoting, newest run first, with the first one's unit and whether any other differs:
/// a series in one unit (nearly every one) is then pivoted without reading its 3,000 results again for their unit.
/// </summary>
internal sealed class ObservationGroup(int capacity = 0)
{
    public List<PlacedObservation> Items { get; } = new(capacity);

    /// <summary>The unit of the first observation; null while there is none.</summary>
    public string? FirstUnit { get; private set; }

    /// <summary>Whether some observation's unit is not <see cref="FirstUnit"/>.</summary>
    public bool MixedUnits { get; private set; }

    public void Add(PlacedObservation placed, string unit)
    {
        Items.Add(placed);
        See(unit);
    }

    /// <summary>Makes room for <paramref name="count"/> observations in all, exactly, when there is less.</summary>
    public void Reserve(int count)
    {
        if (Items.Capacity < count)
        {
            Items.Capacity = count;
        }
    }

    /// <summary>Appends <paramref name="later"/>'s observations, which come after these.</summary>
    public void AddRange(ObservationGroup later)
    {
        Items.AddRange(later.Items);
        MixedUnits |= later.MixedUnits;
        if (later.FirstUnit is { } unit)
        {
            See(unit);
        }
    }

    private void See(string unit)
    {
        if (FirstUnit is null)
        {
            FirstUnit = unit;
        }
        else if (!string.Equals(unit, FirstUnit, StringComparison.Ordinal))
        {
            MixedUnits = true;
        }
    }
}

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
