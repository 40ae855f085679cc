using StaticBench.Schema.Model;

namespace StaticBench.Analysis.Series;

/// <summary>
/// Picks the one unit a series is plotted in. Units are normalized on read, so a series still
/// mixing units (ns and bytes under one metric name) is a data error: the most common unit wins
/// (ties: the newest run's) and a warning says which results were left off the trend.
/// </summary>
internal static class SeriesUnit
{
    /// <summary><paramref name="group"/> must be non-empty and sorted newest run first.</summary>
    public static string Choose(SeriesKey key, ObservationGroup group, List<string> warnings)
    {
        if (!group.MixedUnits)
        {
            return group.FirstUnit!;
        }

        var newestFirst = group.Items;
        var counts = newestFirst
            .Select((o, i) => (o.Observation.Header.Unit, i))
            .GroupBy(x => x.Unit, StringComparer.Ordinal)
            .Select(g => (Unit: g.Key, Count: g.Count(), Newest: g.Min(x => x.i)))
            .OrderByDescending(x => x.Count)
            .ThenBy(x => x.Newest)
            .ToArray();
        var mix = string.Join(", ", counts.Select(c => $"{c.Unit} in {c.Count}"));
        warnings.Add($"Series {key} mixes units ({mix} results); only the {counts[0].Unit} results are plotted.");
        return counts[0].Unit;
    }
}
