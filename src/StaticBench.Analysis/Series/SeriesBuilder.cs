using StaticBench.Schema.Model;

namespace StaticBench.Analysis.Series;

/// <summary>
/// The pivot from per-run files to per-series data (<see cref="BuildSeries"/>): groups every result
/// of every run by <see cref="SeriesKey"/>, orders points by the project's history and keeps
/// pull-request and branch runs out of the trend (but in the observations). Pure and deterministic.
/// </summary>
/// <remarks>
/// Runs are sorted twice up front (newest first for tables, history order for trends) so that each
/// series only appends and never sorts with a comparison delegate: 10k runs x 50 results pivot in
/// well under a second.
/// </remarks>
public static class SeriesBuilder
{
    /// <summary>Pivots <paramref name="runs"/> into series.</summary>
    public static SeriesSet BuildSeries(IReadOnlyList<RecordedRun> runs, SeriesOptions? options = null)
    {
        options ??= new SeriesOptions();
        var mainBranch = options.MainBranch ?? MostCommonBranch(runs);
        var order = ProjectCommitOrder.Build(runs.Select(r =>
            (r.Run.Run.Project.Commit, r.Run.Run.Project.CommitTime, r.Run.Run.Project.Parents)));
        var newestFirst = RunPlacement.NewestFirst(runs, order);

        var origins = new PointOrigin?[newestFirst.Count]; // by history rank; null for a run off the trend
        var groups = Group(newestFirst, mainBranch, origins);

        // Series pivot independently, so in parallel.
        var pivoted = groups.AsParallel()
            .Select(g =>
            {
                var own = new List<string>();
                return (Series: Pivot(g.Key, g.Value, origins, options, own), Warnings: own);
            })
            .ToArray();
        var warnings = pivoted.SelectMany(p => p.Warnings).ToList();
        var series = pivoted
            .Select(p => p.Series)
            .OrderBy(s => s.Key.Benchmark, StringComparer.Ordinal)
            .ThenBy(s => s.Key.ToString(), StringComparer.Ordinal)
            .ToArray();
        warnings.Sort(StringComparer.Ordinal);
        return new SeriesSet
        {
            Series = series,
            CommitOrder = order,
            MainBranch = mainBranch,
            Warnings = warnings,
            RunsNewestFirst = newestFirst.Select(r => r.Run).ToArray(),
        };
    }

    /// <summary>
    /// Every result's observation under its series, newest run first in each, and the <paramref name="origins"/> of every
    /// run on the trend. Contiguous slices of the runs are grouped in parallel and their lists joined in slice order:
    /// touching each of 600,000 results (200 × 3,000) is most of the grouping's time.
    /// </summary>
    private static Dictionary<SeriesKey, ObservationGroup> Group(IReadOnlyList<(RecordedRun Run, Place Place)> newestFirst, string mainBranch, PointOrigin?[] origins)
    {
        var slices = Math.Max(1, Math.Min(Environment.ProcessorCount, newestFirst.Count / MinRunsPerSlice));
        var sliced = new Dictionary<SeriesKey, ObservationGroup>[slices];
        Parallel.For(0, slices, s => sliced[s] = GroupSlice(newestFirst, newestFirst.Count * s / slices, newestFirst.Count * (s + 1) / slices, mainBranch, origins));
        if (slices == 1)
        {
            return sliced[0];
        }

        var sizes = new Dictionary<SeriesKey, int>();
        foreach (var (key, list) in sliced.SelectMany(g => g))
        {
            sizes[key] = sizes.GetValueOrDefault(key) + list.Items.Count;
        }

        // Each series' newest slice takes the later ones in: a series in every run was sized for them (GroupSlice).
        var joined = new Dictionary<SeriesKey, ObservationGroup>(sizes.Count);
        foreach (var (key, group) in sliced.SelectMany(g => g))
        {
            if (joined.TryGetValue(key, out var into))
            {
                into.AddRange(group);
            }
            else
            {
                group.Reserve(sizes[key]);
                joined[key] = group;
            }
        }

        return joined;
    }

    /// <summary>Below this many runs a slice is not worth a thread.</summary>
    private const int MinRunsPerSlice = 256;

    /// <summary>
    /// The most entries a series found in a slice's first run is sized for up front (every run after it in the history:
    /// exact for a series in every run). A bound on the memory a suite whose first run's series are rare can waste.
    /// </summary>
    private const int MaxPresized = 1 << 14;

    private static Dictionary<SeriesKey, ObservationGroup> GroupSlice(IReadOnlyList<(RecordedRun Run, Place Place)> newestFirst, int from, int to, string mainBranch, PointOrigin?[] origins)
    {
        var groups = new Dictionary<SeriesKey, ObservationGroup>();
        // Results read through one interner share their parts, so most are placed by reference, with no key built.
        var byParts = new Dictionary<SeriesParts, ObservationGroup>(SeriesParts.ByReference);
        // Runs of one suite list their results in the same order: the series at each position in the last run is tried first.
        var atPosition = new List<(SeriesParts Parts, ObservationGroup Group)>();
        var same = SeriesParts.ByReference;
        for (var r = from; r < to; r++)
        {
            var (recorded, place) = newestFirst[r];
            var info = recorded.Run.Run;
            var onMain = TrendPolicy.IsOnTrend(info, mainBranch);
            origins[place.HistoryRank] = onMain ? PointOrigin.Of(recorded) : null; // shared by this run's points in every series
            var results = recorded.Run.Results;
            for (var position = 0; position < results.Count; position++)
            {
                var result = ResultColumns.HeaderOf(results, position);
                var parts = SeriesParts.Of(info.Machine.Name, result);
                ObservationGroup? list;
                if (position < atPosition.Count && same.Equals(atPosition[position].Parts, parts))
                {
                    list = atPosition[position].Group;
                }
                else
                {
                    if (!byParts.TryGetValue(parts, out list))
                    {
                        var key = SeriesKey.Of(info.Machine.Name, result);
                        if (!groups.TryGetValue(key, out list))
                        {
                            groups[key] = list = new ObservationGroup(r == from ? Math.Min(newestFirst.Count - from, MaxPresized) : 0);
                        }

                        byParts[parts] = list;
                    }

                    if (position < atPosition.Count)
                    {
                        atPosition[position] = (parts, list);
                    }
                    else
                    {
                        atPosition.Add((parts, list));
                    }
                }

                list.Add(new PlacedObservation(new SeriesObservation(recorded, position, onMain), place), result.Unit);
            }
        }

        return groups;
    }

    private static BenchmarkSeries Pivot(SeriesKey key, ObservationGroup group, PointOrigin?[] origins, SeriesOptions options, List<string> warnings)
    {
        var unit = SeriesUnit.Choose(key, group, warnings);
        // The plotted entries are moved to the front of the group's own list (never past one not yet read), not copied.
        var newestFirst = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(group.Items);
        var observations = new SeriesObservation[newestFirst.Length];
        var plotted = 0;
        for (var i = 0; i < observations.Length; i++)
        {
            var placed = newestFirst[i];
            var o = placed.Observation;
            if (!group.MixedUnits)
            {
                // Every on-trend result is plotted: the observation is kept as it is, without reading it.
                observations[i] = o;
                if (o.OnTrend)
                {
                    newestFirst[plotted++] = placed;
                }

                continue;
            }

            var inUnit = o.OnTrend && o.Header.Unit == unit;
            observations[i] = o.OnTrend && !inUnit ? o with { OnTrend = false } : o;
            if (inUnit)
            {
                newestFirst[plotted++] = placed;
            }
        }

        var points = TrendPoints(newestFirst[..plotted], origins);
        var better = observations[0].Header.Better;
        return new BenchmarkSeries
        {
            Key = key,
            Id = SeriesId.Of(key),
            Unit = unit,
            Better = better,
            Points = points,
            Observations = observations,
            Change = points.Count >= 2
                ? SeriesChange.Between(points[^2].Median, points[^1].Median, better, options.NeutralBand)
                : null,
        };
    }

    /// <summary>One point per commit, in history order; runs at one commit oldest recorded first.</summary>
    private static List<SeriesPoint> TrendPoints(Span<PlacedObservation> items, PointOrigin?[] origins)
    {
        // Sorted in place by rank: the entries are this series' own (copies of every series' list were 600,000 entries at 200 x 3,000).
        var ranks = new int[items.Length];
        for (var i = 0; i < ranks.Length; i++)
        {
            ranks[i] = items[i].Place.HistoryRank;
        }

        // Runs recorded in history order come newest first in history too: turned around, with no sort. (Equal ranks, two
        // results of one run in a series, are left to the sort, whose order for them is what it always was.)
        if (IsStrictlyDescending(ranks))
        {
            items.Reverse();
        }
        else
        {
            ranks.AsSpan().Sort(items);
        }

        var points = new List<SeriesPoint>(items.Length);
        for (var start = 0; start < items.Length;)
        {
            var end = start + 1;
            while (end < items.Length && items[end].Place.CommitIndex == items[start].Place.CommitIndex)
            {
                end++;
            }

            if (end - start == 1)
            {
                // Most points: one run at a commit, made from its result's summary and interval without a sort.
                var (only, origin) = (items[start].Observation, origins[items[start].Place.HistoryRank]!);
                points.Add(PointFacts.Of(only.Recorded.Run.Results, only.Position) is { Known: true } facts ? facts.Point(origin) : PointCombiner.Single(only, origin));
                start = end;
                continue;
            }

            var atCommit = new SeriesObservation[end - start];
            for (var i = start; i < end; i++)
            {
                atCommit[i - start] = items[i].Observation;
            }

            points.Add(PointCombiner.Combine(atCommit));
            start = end;
        }

        return points;
    }

    private static bool IsStrictlyDescending(int[] values)
    {
        for (var i = 1; i < values.Length; i++)
        {
            if (values[i] >= values[i - 1])
            {
                return false;
            }
        }

        return true;
    }

    private static string MostCommonBranch(IReadOnlyList<RecordedRun> runs) => runs
        .Where(r => r.Run.Run.Project.PullRequest is null)
        .GroupBy(r => r.Run.Run.Project.Branch, StringComparer.Ordinal)
        .OrderByDescending(g => g.Count())
        .ThenBy(g => g.Key == "main" ? 0 : 1)
        .ThenBy(g => g.Key, StringComparer.Ordinal)
        .Select(g => g.Key)
        .FirstOrDefault() ?? "main";
}
