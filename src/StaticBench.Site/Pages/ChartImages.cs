using StaticBench.Analysis.Findings;
using StaticBench.Analysis.Series;
using StaticBench.Site.Charts;
using StaticBench.Site.Model;
using StaticBench.Site.Output;

namespace StaticBench.Site.Pages;

/// <summary>
/// The static images (ScottPlot): every trend chart and scaling plot as <c>images/&lt;slug&gt;/&lt;id&gt;.png</c>, shown where
/// scripts do not run and embeddable in READMEs and PR comments, and a card per benchmark, <c>images/&lt;slug&gt;.png</c>.
/// Drawn in parallel, and only when their data changed (<see cref="OutputMemo"/>).
/// </summary>
public sealed class ChartImages(OutputMemo? memo = null) : ISitePage
{
    public string Name => "images";

    public void Render(SiteModel site, ISiteOutput output)
    {
        var memory = memo ?? new OutputMemo();
        var work = site.Benchmarks.SelectMany(b => b.Charts.Select(c => (Path: c.Image, Spec: (object)Spec(c)))
                .Concat(b.Scaling.Select(s => (Path: s.Image, Spec: (object)s.Spec)))
                .Append((Path: b.Card, Spec: Card(b, site))))
            .Where(w => w.Path.Length > 0)
            .ToArray();
        Parallel.ForEach(work, item =>
        {
            var (key, draw) = item.Spec switch
            {
                TrendImageSpec trend => (ChartImageKey.Of(trend), (Func<byte[]>)(() => TrendImage.RenderPng(trend))),
                TrendCardSpec card => (ChartImageKey.Of(card), () => TrendCard.RenderPng(card)),
                ScalingImageSpec scaling => (ChartImageKey.Of(scaling), () => ScalingImage.RenderPng(scaling)),
                _ => throw new InvalidOperationException("not an image spec"),
            };
            memory.Write(output, item.Path, key, draw);
        });
    }

    /// <summary>
    /// A chart's lines along commit dates, with its found changes. Each line is drawn up to the points the detector
    /// examined (<see cref="RefreshSchedule"/>): a long series' image is redrawn at its checkpoints, not at every run,
    /// and shows the same points its markers were found in.
    /// </summary>
    public static TrendImageSpec Spec(ChartModel chart)
    {
        var drawn = chart.Lines.Select(l => (l.Label, Points: Drawn(l.Series))).ToArray();
        var lines = drawn.Select(l => new TrendImageLine(
            l.Label,
            l.Points.Select(p => p.CommitTime).ToArray(),
            l.Points.Select(p => p.Median).ToArray(),
            l.Points.Select(p => p.MedianLow).ToArray(),
            l.Points.Select(p => p.MedianHigh).ToArray())).ToArray();
        var marked = chart.Markers.Select(m => m.Commit).ToHashSet(StringComparer.Ordinal);
        var times = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        foreach (var point in drawn.SelectMany(l => l.Points).Where(p => marked.Contains(p.Commit)))
        {
            times.TryAdd(point.Commit, point.CommitTime);
        }

        var markers = chart.Markers.Where(m => times.ContainsKey(m.Commit)).Select(m => new TrendImageMarker(times[m.Commit], m.IsRegression, m.Acknowledged)).ToArray();
        return new TrendImageSpec(chart.Title, chart.Unit, lines, markers);
    }

    /// <summary>A benchmark's card shows its first chart's first line: the earliest phase, the first engine.</summary>
    private static TrendCardSpec Card(BenchmarkModel benchmark, SiteModel site)
    {
        var line = benchmark.Charts.FirstOrDefault()?.Lines.FirstOrDefault();
        if (line is null)
        {
            return new TrendCardSpec(benchmark.Name, "", [], new SeriesStatus(SeriesState.TooLittleData));
        }

        var s = line.Series;
        var status = site.Analysis?.Statuses.GetValueOrDefault(s.Id) ?? new SeriesStatus(SeriesState.TooLittleData);
        var detail = string.Join(" · ", new[] { line.Label, s.Key.Phase, s.Key.Metric, s.Key.Parameters, s.Key.Machine }.Where(t => t.Length > 0));
        return new TrendCardSpec(benchmark.Name, s.Unit, Drawn(s).Select(p => p.Median).ToArray(), status, detail);
    }

    private static SeriesPoint[] Drawn(Analysis.Series.BenchmarkSeries series) =>
        series.Points.Take(RefreshSchedule.Examined(series.Id, series.Points.Count)).ToArray();
}
