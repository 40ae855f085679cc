using StaticBench.Analysis.Series;
using StaticBench.Schema.Model;
using StaticBench.Site.Formatting;

namespace StaticBench.Site.Model;

/// <summary>The table of results on a benchmark page: every observation of its series, newest run first.</summary>
public static class ResultRows
{
    /// <remarks>
    /// A benchmark page shows a few dozen of thousands of results: one pass keeps the newest <paramref name="max"/> in
    /// order, where sorting every observation cost most of the page models' time at 3,000 runs. The order is that of a
    /// stable sort (newest start, then run id descending, then series key, then the order of the series and their
    /// observations); the series' key text is made once per series. A series' observations come in that order already
    /// (<see cref="BenchmarkSeries.Observations"/>: newest started first, then run id descending), so once one of them
    /// is not kept none after it is: each series is read only as far as its results make the table.
    /// </remarks>
    public static IReadOnlyList<ResultRow> For(IReadOnlyList<BenchmarkSeries> series, int max)
    {
        if (max <= 0)
        {
            return [];
        }

        var keys = new string[series.Count];
        var newest = new List<(int Series, SeriesObservation Observation)>(max + 1);
        for (var s = 0; s < series.Count; s++)
        {
            keys[s] = series[s].Key.ToString();
            foreach (var o in series[s].Observations)
            {
                // Equal ones go after those already kept: a later observation never overtakes an equal earlier one.
                var at = newest.Count;
                while (at > 0 && Before((s, o), newest[at - 1], keys))
                {
                    at--;
                }

                if (at >= max)
                {
                    break;
                }

                newest.Insert(at, (s, o));
                if (newest.Count > max)
                {
                    newest.RemoveAt(max);
                }
            }
        }

        var rows = new ResultRow[newest.Count];
        for (var i = 0; i < rows.Length; i++)
        {
            rows[i] = Row(series[newest[i].Series], newest[i].Observation);
        }

        return rows;
    }

    /// <summary>Whether <paramref name="a"/> comes strictly before <paramref name="b"/> in the table.</summary>
    private static bool Before((int Series, SeriesObservation Observation) a, (int Series, SeriesObservation Observation) b, string[] keys)
    {
        var order = b.Observation.Run.Started.CompareTo(a.Observation.Run.Started);
        if (order == 0)
        {
            order = string.CompareOrdinal(b.Observation.Run.Id, a.Observation.Run.Id);
        }

        if (order == 0)
        {
            order = string.CompareOrdinal(keys[a.Series], keys[b.Series]);
        }

        return order < 0;
    }

    private static ResultRow Row(BenchmarkSeries series, SeriesObservation o)
    {
        var project = o.Run.Project;
        return new ResultRow(
            CommitId.Short(project.Commit),
            CommitLink.For(project.Repository, project.Commit),
            project.Subject,
            ValueFormatter.Time(o.Run.Started),
            o.Run.Id,
            o.Run.Machine.Name,
            Labels.Engine(series.Key.Engine),
            o.Header.Engine?.Version ?? "",
            series.Key.Phase,
            series.Key.Metric,
            series.Key.Parameters,
            ValueFormatter.Format(o.Summary.Median, o.Header.Unit),
            Labels.Branch(project),
            o.OnTrend);
    }
}
