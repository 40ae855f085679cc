using StaticBench.Analysis.Findings;
using StaticBench.Analysis.Scaling;
using StaticBench.Analysis.Series;
using StaticBench.Site.Charts;
using StaticBench.Site.Formatting;

namespace StaticBench.Site.Model;

/// <summary>Builds one <see cref="BenchmarkModel"/> from the analysed series of one benchmark.</summary>
public static class BenchmarkModelBuilder
{
    public static BenchmarkModel Build(
        string name, IReadOnlyList<BenchmarkSeries> series, ProjectCommitOrder order, SiteOptions options,
        IReadOnlyDictionary<string, SeriesStatus> statuses,
        IReadOnlyDictionary<string, ChartMarker[]>? markers = null, IReadOnlyList<ScalingGroup>? scaling = null,
        IReadOnlyDictionary<string, int>? colours = null, IReadOnlyList<Schema.Model.DataReference>? references = null)
    {
        references ??= [];
        markers ??= new Dictionary<string, ChartMarker[]>();
        colours ??= EngineColours.For(series);
        var slug = Slug.Of(name);
        var page = $"benchmarks/{slug}.html";
        var charts = Charts(series, markers, statuses, colours)
            .Select(c => c with { Image = $"images/{slug}/{c.Id}.png" })
            .ToArray();
        var chartOf = charts.SelectMany(c => c.Lines.Select(l => (l.Series.Id, c.Id))).ToDictionary(x => x.Item1, x => x.Item2, StringComparer.Ordinal);
        return new BenchmarkModel
        {
            Name = name,
            Slug = slug,
            Page = page,
            Script = $"data/bench/{slug}.js",
            Series = series.Select(s => Row(s, page, chartOf, StatusOf(s, statuses))).ToArray(),
            Charts = charts,
            Engines = EngineTables.For(series),
            Scaling = ScalingModels(name, scaling ?? [], colours, references).Select(m => m with { Image = $"images/{slug}/{m.Id}.png" }).ToArray(),
            References = ReferenceModels.For(name, page, references),
            Profiles = ProfileTables.For(name, series, order),
            Rates = RateCharts.For(series, colours),
            Results = ResultRows.For(series, options.MaxResultRows),
            ResultsTotal = series.Sum(s => s.Observations.Count),
            Source = series,
            DataCommit = NewestDataCommit(series),
        };
    }

    private static SeriesStatus StatusOf(BenchmarkSeries s, IReadOnlyDictionary<string, SeriesStatus> statuses) =>
        statuses.GetValueOrDefault(s.Id) ?? new SeriesStatus(SeriesState.TooLittleData);

    /// <summary>
    /// The data commit that last added a result to this benchmark. A page names this, not the data
    /// tip, so that a new result of one benchmark does not rewrite every other benchmark's files.
    /// </summary>
    private static string NewestDataCommit(IReadOnlyList<BenchmarkSeries> series)
    {
        Schema.Model.RecordedRun? newest = null;
        foreach (var s in series)
        {
            var observations = s.Observations;
            for (var i = 0; i < observations.Count; i++)
            {
                var r = observations[i].Recorded;
                if (newest is null || r.RecordedAt > newest.RecordedAt || (r.RecordedAt == newest.RecordedAt && string.CompareOrdinal(r.DataCommit, newest.DataCommit) < 0))
                {
                    newest = r;
                }
            }
        }

        return newest?.DataCommit ?? "";
    }

    private static SeriesRow Row(BenchmarkSeries s, string page, IReadOnlyDictionary<string, string> chartOf, SeriesStatus status) => new(
        s.Id,
        s.Key.Benchmark,
        s.Key.Machine,
        s.Key.Parameters,
        Labels.Engine(s.Key.Engine),
        s.Key.Phase,
        s.Key.Metric,
        s.Latest is { } latest ? ValueFormatter.Format(latest.Median, s.Unit) : "–",
        s.Points.Count,
        chartOf.TryGetValue(s.Id, out var chart) ? $"{page}#{chart}" : ProfileTables.AnchorOf(s) is { } profile ? $"{page}#{profile}" : page,
        status.Word,
        status.Word.Replace(' ', '-'),
        SeriesStatusText.Long(status),
        Labels.StatusIcon(status.State),
        Sparkline.Render(s.Points))
    {
        LatestValue = s.Latest is { } newest ? newest.Median.ToString("R", System.Globalization.CultureInfo.InvariantCulture) : "",
    };

    /// <summary>Scaling plots: one per machine + phase + metric + other parameters + size parameter, every engine on it.</summary>
    private static ScalingModel[] ScalingModels(
        string benchmark, IReadOnlyList<ScalingGroup> groups, IReadOnlyDictionary<string, int> colours, IReadOnlyList<Schema.Model.DataReference> references) => groups
        .GroupBy(g => (g.Machine, g.Phase, g.Metric, g.OtherParameters, g.Parameter, g.Unit))
        .Select(same =>
        {
            var engines = same.OrderBy(g => g.Engine, StringComparer.Ordinal).Select(g => (Labels.Engine(g.Engine), colours.GetValueOrDefault(g.Engine), g)).ToArray();
            var k = same.Key;
            var title = string.Join(" · ", new[] { k.Phase, k.Metric, engines.Length == 1 ? engines[0].Item1 : "", k.OtherParameters, k.Machine, $"by {k.Parameter}" }.Where(t => t.Length > 0));
            var id = "scaling-" + SeriesId.ShortHash(string.Join("\n", same.Select(g => g.Id)));
            var fits = engines.Select(e => new ScalingFitRow(e.Item1, Labels.Fit(e.g.Fit), e.g.Fit.SuperLinear)).ToArray();
            var lines = engines.Select(e =>
            {
                var points = e.g.Members.Select(m => (m.Size, Cost: m.Series.Latest!.Value.Median)).Where(p => p.Size > 0 && p.Cost > 0).ToArray();
                var (smallest, largest) = (points.Min(p => p.Size), points.Max(p => p.Size));
                return new ScalingImageLine(
                    $"{e.Item1}: exponent {e.g.Fit.Exponent.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)}{(e.g.Fit.SuperLinear ? ", super-linear" : "")}",
                    e.Item2, points.Select(p => p.Size).ToArray(), points.Select(p => p.Cost).ToArray(), e.g.Fit.Predict(smallest), e.g.Fit.Predict(largest));
            }).ToArray();
            var (referenceLines, referenceLinks) = ReferenceModels.ForScaling(benchmark, k.Metric, k.Unit, references);
            return new ScalingModel(id, title, fits, fits.Any(f => f.SuperLinear), new ScalingImageSpec(title, k.Unit, k.Parameter, lines) { References = referenceLines })
            {
                References = referenceLinks,
            };
        })
        .ToArray();

    /// <summary>
    /// One chart per machine + parameters + phase + metric (+ unit), engines as its lines; a phase's charts in order of
    /// job size. Instruction profiles have no chart each (a profile is dozens of series): the profile table shows them.
    /// </summary>
    private static ChartModel[] Charts(
        IReadOnlyList<BenchmarkSeries> series, IReadOnlyDictionary<string, ChartMarker[]> markers, IReadOnlyDictionary<string, SeriesStatus> statuses,
        IReadOnlyDictionary<string, int> colours) => series
        .Where(s => s.Points.Count > 0 && !Schema.Model.ProfileMetrics.IsProfile(s.Key.Metric))
        .OrderBy(s => Labels.PhaseRank(s.Key.Phase)).ThenBy(s => s.Key.Phase, StringComparer.Ordinal)
        .ThenBy(s => JobSize.Of(s.Key.Parameters)?.OtherParameters ?? s.Key.Parameters, StringComparer.Ordinal)
        .ThenBy(s => JobSize.Of(s.Key.Parameters)?.Value ?? 0)
        .GroupBy(s => (s.Key.Machine, s.Key.Parameters, s.Key.Phase, s.Key.Metric, s.Unit))
        .Select(g =>
        {
            var lines = g.OrderBy(s => s.Key.Engine, StringComparer.Ordinal)
                .Select(s => new ChartSeries(Labels.Engine(s.Key.Engine), s, SeriesStatusText.Long(StatusOf(s, statuses)), colours.GetValueOrDefault(s.Key.Engine)))
                .ToArray();

            // A chart of one engine names it in its heading: the legend alone is easy to miss.
            var engine = lines.Length == 1 ? lines[0].Label : "";
            var title = string.Join(" · ", new[] { g.Key.Phase, g.Key.Metric, engine, g.Key.Parameters, g.Key.Machine }.Where(t => t.Length > 0));
            var chartMarkers = g.SelectMany(s => markers.GetValueOrDefault(s.Id) ?? []).ToArray();
            var id = SiteLinks.ChartId(g.Key.Machine, g.Key.Parameters, g.Key.Phase, g.Key.Metric, g.Key.Unit);
            return new ChartModel(id, title, g.Key.Machine, g.Key.Parameters, g.Key.Phase, g.Key.Metric, g.Key.Unit)
            {
                Lines = lines,
                Markers = chartMarkers,
            };
        })
        .ToArray();
}
