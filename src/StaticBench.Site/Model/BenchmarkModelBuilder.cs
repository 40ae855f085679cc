using StaticBench.Analysis.Scaling;
using StaticBench.Analysis.Series;
using StaticBench.Site.Charts;
using StaticBench.Site.Formatting;

namespace StaticBench.Site.Model;

/// <summary>Builds one <see cref="BenchmarkModel"/> from the series of one benchmark.</summary>
public static class BenchmarkModelBuilder
{
    public static BenchmarkModel Build(
        string name, IReadOnlyList<Series> series, ProjectCommitOrder order, SiteOptions options,
        IReadOnlyDictionary<string, ChartMarker[]>? markers = null, IReadOnlyList<ScalingGroup>? scaling = null)
    {
        markers ??= new Dictionary<string, ChartMarker[]>();
        var slug = Slug.Of(name);
        return new BenchmarkModel
        {
            Name = name,
            Slug = slug,
            Page = $"benchmarks/{slug}.html",
            Data = $"benchmarks/{slug}.json",
            Series = series.Select(Row).ToArray(),
            Charts = Charts(series, order, options.ChartCommits, markers),
            Scaling = (scaling ?? []).Select(ScalingModelOf).ToArray(),
            Results = ResultRows.For(series, options.MaxResultRows),
            Source = series,
            DataCommit = NewestDataCommit(series),
        };
    }

    /// <summary>
    /// The data commit that last added a result to this benchmark. A page names this, not the data
    /// tip, so that a new result of one benchmark does not rewrite every other benchmark's files.
    /// </summary>
    private static string NewestDataCommit(IReadOnlyList<Series> series) =>
        series.SelectMany(s => s.Observations)
            .Select(o => o.Recorded)
            .OrderByDescending(r => r.RecordedAt)
            .ThenBy(r => r.DataCommit, StringComparer.Ordinal)
            .FirstOrDefault()?.DataCommit ?? "";

    private static SeriesRow Row(Series s) => new(
        s.Id,
        s.Key.Machine,
        s.Key.Parameters,
        Labels.Engine(s.Key.Engine),
        s.Key.Phase,
        s.Key.Metric,
        s.Latest is { } latest ? ValueFormatter.Format(latest.Median, s.Unit) : "–",
        s.Change is { } change ? ValueFormatter.Ratio(change.Ratio) : "",
        Labels.ChangeClass(s.Change),
        Labels.Arrow(s.Change),
        s.Points.Count,
        Sparkline.Render(s.Points));

    /// <summary>A scaling plot titled by everything its series share, with the fit in words.</summary>
    private static ScalingModel ScalingModelOf(ScalingGroup g)
    {
        var title = string.Join(" · ", new[] { g.Phase, g.Metric, Labels.Engine(g.Engine), g.OtherParameters, g.Machine, $"by {g.Parameter}" }.Where(t => t.Length > 0));
        return new ScalingModel("scaling-" + g.Id, title, ScalingChart.Describe(g.Fit), g.Fit.SuperLinear, ScalingChart.Render(title, g));
    }

    /// <summary>One chart per machine + parameters + phase + metric (+ unit), engines as its lines.</summary>
    private static ChartModel[] Charts(IReadOnlyList<Series> series, ProjectCommitOrder order, int maxCommits, IReadOnlyDictionary<string, ChartMarker[]> markers) => series
        .Where(s => s.Points.Count > 0)
        .GroupBy(s => (s.Key.Machine, s.Key.Parameters, s.Key.Phase, s.Key.Metric, s.Unit))
        .Select(g =>
        {
            var title = string.Join(" · ", new[] { g.Key.Phase, g.Key.Metric, g.Key.Parameters, g.Key.Machine }.Where(t => t.Length > 0));
            var engines = g.OrderBy(s => s.Key.Engine, StringComparer.Ordinal).Select(s => (Labels.Engine(s.Key.Engine), s)).ToArray();
            var (lines, shown, total) = ChartWindow.Last(engines, order, maxCommits);
            var note = shown < total ? $"Last {shown} of {total} commits; the JSON data has all of them." : "";
            var id = "chart-" + SeriesId.ShortHash(string.Join("\n", g.Key.Machine, g.Key.Parameters, g.Key.Phase, g.Key.Metric, g.Key.Unit));
            return new ChartModel(id, title, g.Key.Machine, g.Key.Parameters, g.Key.Phase, g.Key.Metric, note, TrendChart.Render(title, lines, g.Key.Unit, order, g.SelectMany(s => markers.GetValueOrDefault(s.Id) ?? []).ToArray()));
        })
        .ToArray();
}
