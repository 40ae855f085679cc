using StaticBench.Analysis.Series;
using StaticBench.Schema.Model;
using StaticBench.Site.Formatting;

namespace StaticBench.Site.Model;

/// <summary>The table of results on a benchmark page: every observation of its series, newest run first.</summary>
public static class ResultRows
{
    /// <remarks>
    /// Each sort key is worked out for every observation before the sort, so the series' key text is made once per
    /// series, not once per observation (thousands of string joins per benchmark).
    /// </remarks>
    public static IReadOnlyList<ResultRow> For(IReadOnlyList<BenchmarkSeries> series, int max) => series
        .SelectMany(s =>
        {
            var key = s.Key.ToString();
            return s.Observations.Select(o => (Series: s, Observation: o, Key: key));
        })
        .OrderByDescending(x => x.Observation.Run.Started)
        .ThenByDescending(x => x.Observation.Run.Id, StringComparer.Ordinal)
        .ThenBy(x => x.Key, StringComparer.Ordinal)
        .Take(max)
        .Select(x => Row(x.Series, x.Observation))
        .ToArray();

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
            o.Result.Engine?.Version ?? "",
            series.Key.Phase,
            series.Key.Metric,
            series.Key.Parameters,
            ValueFormatter.Format(o.Summary.Median, o.Result.Unit),
            Labels.Branch(project),
            o.OnTrend);
    }
}
