using System.Globalization;
using StaticBench.Analysis.Series;
using StaticBench.Site.Model;

namespace StaticBench.Site.Data;

/// <summary>Lays a chart's lines along one shared x axis (commit indexes) for the browser charts.</summary>
public static class ChartScripts
{
    public static ChartScript Of(ChartModel chart, ProjectCommitOrder order)
    {
        var x = chart.Lines.SelectMany(l => l.Series.Points).Select(p => order.IndexOf(p.Commit)).Distinct().Order().ToArray();
        var column = new Dictionary<int, int>(x.Length);
        for (var i = 0; i < x.Length; i++)
        {
            column[x[i]] = i;
        }

        var lines = chart.Lines.Select(line => Line(line, order, column, x.Length)).ToArray();
        var markers = chart.Markers
            .Select(m => new MarkerScript(order.IndexOf(m.Commit), m.IsRegression ? "regression" : "improvement", m.Label))
            .Where(m => m.X >= 0)
            .ToArray();
        return new ChartScript(chart.Id, chart.Title, chart.Unit, chart.Lines[0].Series.Better.ToString().ToLowerInvariant(), Runs(x), lines, markers);
    }

    /// <summary>A derived chart of instructions per nanosecond: the same shape, no markers, lines with no series of their own.</summary>
    public static ChartScript Of(RateChart chart, ProjectCommitOrder order)
    {
        var x = chart.Lines.SelectMany(l => l.Rate.Points).Select(p => order.IndexOf(p.Commit)).Where(i => i >= 0).Distinct().Order().ToArray();
        var column = x.Select((commit, i) => (commit, i)).ToDictionary(c => c.commit, c => c.i);
        var lines = chart.Lines.Select(line =>
        {
            var median = new double?[x.Length];
            var low = new double?[x.Length];
            var high = new double?[x.Length];
            var n = new int?[x.Length];
            var versions = new List<string>();
            var v = new int?[x.Length];
            foreach (var p in line.Rate.Points.Where(p => column.ContainsKey(order.IndexOf(p.Commit))))
            {
                var i = column[order.IndexOf(p.Commit)];
                (median[i], low[i], high[i], n[i]) = (Finite(p.Value), Band(p.Low), Band(p.High), p.TimeSamples);
                var version = p.EngineVersion ?? "";
                if (!versions.Contains(version))
                {
                    versions.Add(version);
                }

                v[i] = versions.IndexOf(version);
            }

            return new LineScript("", line.Label, "derived", line.Colour, median, low, high, n, null, versions, versions.Count > 1 ? v : null);
        }).ToArray();
        return new ChartScript(chart.Id, chart.Title, RateChart.Unit, "higher", Runs(x), lines, []);
    }

    private static LineScript Line(ChartSeries line, ProjectCommitOrder order, Dictionary<int, int> column, int width)
    {
        var median = new double?[width];
        var low = new double?[width];
        var high = new double?[width];
        var n = new int?[width];
        var versions = new List<string>();
        var v = new int?[width];
        foreach (var p in line.Series.Points)
        {
            var i = column[order.IndexOf(p.Commit)];
            median[i] = Finite(p.Median);
            low[i] = Band(p.MedianLow);
            high[i] = Band(p.MedianHigh);
            n[i] = p.SampleCount;
            var version = p.EngineVersion ?? "";
            var at = versions.IndexOf(version);
            if (at < 0)
            {
                versions.Add(version);
                at = versions.Count - 1;
            }

            v[i] = at;
        }

        var counts = n.Where(c => c.HasValue).Distinct().ToArray();
        return counts.Length == 1
            ? new LineScript(line.Series.Id, line.Label, line.Status, line.Colour, median, low, high, null, counts[0], versions, versions.Count > 1 ? v : null)
            : new LineScript(line.Series.Id, line.Label, line.Status, line.Colour, median, low, high, n, null, versions, versions.Count > 1 ? v : null);
    }

    /// <summary>Sorted indexes as runs of consecutive ones: <c>[3, 4, 5, 9]</c> → <c>[[3, 3], [9, 1]]</c>.</summary>
    public static IReadOnlyList<int[]> Runs(IReadOnlyList<int> sorted)
    {
        var runs = new List<int[]>();
        foreach (var x in sorted)
        {
            if (runs.Count > 0 && runs[^1][0] + runs[^1][1] == x)
            {
                runs[^1][1]++;
            }
            else
            {
                runs.Add([x, 1]);
            }
        }

        return runs;
    }

    /// <summary>
    /// An end of the median's interval, only ever drawn as the band: four significant digits are finer than a pixel,
    /// and they keep a long history's data script a fifth smaller.
    /// </summary>
    private static double? Band(double value) =>
        double.IsFinite(value) ? double.Parse(value.ToString("G4", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) : null;

    /// <summary>JSON has no infinities or NaN: such a value is a gap.</summary>
    private static double? Finite(double value) => double.IsFinite(value) ? value : null;
}
