using StaticBench.Analysis.Findings;
using StaticBench.Analysis.Series;
using StaticBench.Site.Charts;
using StaticBench.Site.Model;
using StaticBench.Site.Output;

namespace StaticBench.Site.Pages;

/// <summary>
/// The static images (ScottPlot): every trend chart and scaling plot as <c>images/&lt;slug&gt;/&lt;id&gt;.png</c>, shown where
/// scripts do not run and embeddable in READMEs and PR comments, and a card per benchmark, <c>images/&lt;slug&gt;.png</c>.
/// Drawn in parallel, and only when their data changed (<see cref="OutputMemo"/>), after <paramref name="beforeDrawing"/>
/// (<see cref="SiteOptions.BeforeDrawing"/>).
/// </summary>
public sealed class ChartImages(OutputMemo? memo = null, Action? beforeDrawing = null) : ISitePage
{
    public string Name => "images";

    public void Render(SiteModel site, ISiteOutput output)
    {
        var memory = memo ?? new OutputMemo();

        // Only the list of images is made here: each image's spec (copies of its points) and key are made by the
        // thread that draws it, so a build that draws few images still spreads that work over every core.
        var work = site.Benchmarks.SelectMany(b => b.Charts.Select(c => (Path: c.Image, Spec: (Func<object>)(() => RentedSpec(c))))
                .Concat(b.Scaling.Select(s => (Path: s.Image, Spec: (Func<object>)(() => s.Spec))))
                .Append((Path: b.Card, Spec: () => Card(b, site))))
            .Where(w => w.Path.Length > 0)
            .ToArray();
        if (work.Length > 0)
        {
            beforeDrawing?.Invoke();
        }

        // One drawing thread per core: the thread pool adds threads while a drawing waits on Skia's locks or the disk,
        // and every extra thread only splits the same cores and warms up its own caches.
        Parallel.ForEach(work, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, item =>
        {
            var spec = item.Spec();
            var (key, draw) = spec switch
            {
                TrendImageSpec trend => (ChartImageKey.Of(trend), (Func<byte[]>)(() => TrendImage.RenderPng(trend))),
                TrendCardSpec card => (ChartImageKey.Of(card), () => TrendCard.RenderPng(card)),
                ScalingImageSpec scaling => (ChartImageKey.Of(scaling), () => ScalingImage.RenderPng(scaling)),
                _ => throw new InvalidOperationException("not an image spec"),
            };
            memory.Write(output, item.Path, key, draw);
            if (spec is TrendImageSpec drawn)
            {
                Return(drawn);
            }
        });
    }

    /// <summary>
    /// A chart's lines along commit dates, with its found changes (<see cref="Spec(ChartModel)"/>), its columns rented: a
    /// build makes the spec of every chart for its key and draws few of them, 120 KB of columns a 3,000-point chart.
    /// </summary>
    private static TrendImageSpec RentedSpec(ChartModel chart) => Spec(chart, rent: true);

    /// <summary>Gives the columns of a spec made by <see cref="RentedSpec"/> back, once nothing reads it any more.</summary>
    private static void Return(TrendImageSpec spec)
    {
        foreach (var line in spec.Lines)
        {
            ReturnColumn(line.Times);
            ReturnColumn(line.Median);
            ReturnColumn(line.Low);
            ReturnColumn(line.High);
        }
    }

    private static void ReturnColumn<T>(IReadOnlyList<T> column)
    {
        if (column is ArraySegment<T> { Array: { } rented })
        {
            System.Buffers.ArrayPool<T>.Shared.Return(rented);
        }
        else if (column is T[] { Length: > 0 } exact)
        {
            System.Buffers.ArrayPool<T>.Shared.Return(exact);
        }
    }

    /// <summary>An array for a column of <paramref name="count"/> values, rented from the shared pool or not (then exactly as long).</summary>
    private static T[] Column<T>(int count, bool rent) => rent ? System.Buffers.ArrayPool<T>.Shared.Rent(count) : new T[count];

    /// <summary>The first <paramref name="count"/> values of a column from <see cref="Column{T}"/>.</summary>
    private static IReadOnlyList<T> First<T>(T[] column, int count) => column.Length == count ? column : new ArraySegment<T>(column, 0, count);

    /// <summary>
    /// A chart's lines along commit dates, with its found changes. Each line is drawn up to the points the detector
    /// examined (<see cref="RefreshSchedule"/>): a long series' image is redrawn at its checkpoints, not at every run,
    /// and shows the same points its markers were found in.
    /// </summary>
    public static TrendImageSpec Spec(ChartModel chart) => Spec(chart, rent: false);

    private static TrendImageSpec Spec(ChartModel chart, bool rent)
    {
        // Where each marker's commit is drawn: found in the pass that copies the points, which reads each point's commit
        // anyway, instead of a pass of its own per marker. A chart has a few markers: comparing with those not found yet
        // costs less than hashing every point's commit.
        var pending = chart.Markers.Select(m => m.Commit).Distinct(StringComparer.Ordinal).ToList();
        var drawnAt = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        var lines = new TrendImageLine[chart.Lines.Count];
        for (var l = 0; l < lines.Length; l++)
        {
            var line = chart.Lines[l];
            var points = line.Series.Points;
            var count = Drawn(line.Series);
            var (at, median, low, high) = (Column<DateTimeOffset>(count, rent), Column<double>(count, rent), Column<double>(count, rent), Column<double>(count, rent));
            for (var i = 0; i < count; i++)
            {
                var point = points[i];
                (at[i], median[i], low[i], high[i]) = (point.CommitTime, point.Median, point.MedianLow, point.MedianHigh);

                // The first line that draws a commit, and its first point there, give the marker its date.
                for (var m = pending.Count - 1; m >= 0; m--)
                {
                    if (string.Equals(pending[m], point.Commit, StringComparison.Ordinal))
                    {
                        drawnAt[pending[m]] = at[i];
                        pending.RemoveAt(m);
                        break;
                    }
                }
            }

            lines[l] = new TrendImageLine(line.Label, First(at, count), First(median, count), First(low, count), First(high, count));
        }

        var markers = new List<TrendImageMarker>(chart.Markers.Count);
        foreach (var marker in chart.Markers)
        {
            if (drawnAt.TryGetValue(marker.Commit, out var time))
            {
                markers.Add(new TrendImageMarker(time, marker.IsRegression, marker.Acknowledged));
            }
        }

        return new TrendImageSpec(chart.Title, chart.Unit, lines, markers);
    }

    /// <summary>
    /// A benchmark's card shows its first chart's first line: the earliest phase, the first engine. It is given only the
    /// values it draws (the last <see cref="TrendCard.SparkPoints"/>, the newest of them its latest value), so neither
    /// its spec nor its key grows with the history.
    /// </summary>
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
        var end = Drawn(s);
        var start = Math.Max(0, end - TrendCard.SparkPoints);
        var values = new double[end - start];
        for (var i = start; i < end; i++)
        {
            values[i - start] = s.Points[i].Median;
        }

        return new TrendCardSpec(benchmark.Name, s.Unit, values, status, detail);
    }

    /// <summary>How many of the series' first points its images draw.</summary>
    private static int Drawn(Analysis.Series.BenchmarkSeries series) => Math.Min(series.Points.Count, RefreshSchedule.Examined(series.Id, series.Points.Count));
}
