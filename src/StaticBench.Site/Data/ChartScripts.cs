using System.Globalization;
using StaticBench.Analysis.Series;
using StaticBench.Site.Model;

namespace StaticBench.Site.Data;

/// <summary>Lays a chart's lines along one shared x axis (commit indexes) for the browser charts.</summary>
public static class ChartScripts
{
    public static ChartScript Of(ChartModel chart, ProjectCommitOrder order)
    {
        var lines = chart.Lines
            .Select(line => (line.Series.Id, line.Label, line.Status, line.Colour,
                Cells: Place(line.Series.Points.Select(p => (p.Commit, p.Median, p.MedianLow, p.MedianHigh, p.SampleCount, p.EngineVersion)), order)))
            .ToArray();
        var markers = chart.Markers
            .Select(m => new MarkerScript(order.IndexOf(m.Commit), m.IsRegression ? "regression" : "improvement", m.Label))
            .Where(m => m.X >= 0)
            .ToArray();
        var (x, scripts) = Lay(lines, order);
        return new ChartScript(chart.Id, chart.Title, chart.Unit, chart.Lines[0].Series.Better.ToString().ToLowerInvariant(), x, scripts, markers);
    }

    /// <summary>A derived chart of instructions per nanosecond: the same shape, no markers, lines with no series of their own.</summary>
    public static ChartScript Of(RateChart chart, ProjectCommitOrder order)
    {
        var lines = chart.Lines
            .Select(line => ("", line.Label, "derived", line.Colour,
                Cells: Place(line.Rate.Points.Select(p => (p.Commit, p.Value, p.Low, p.High, p.TimeSamples, p.EngineVersion)), order)))
            .ToArray();
        var (x, scripts) = Lay(lines, order);
        return new ChartScript(chart.Id, chart.Title, RateChart.Unit, "higher", x, scripts, []);
    }

    /// <summary>What a line shows at one commit, at position <see cref="At"/> of the commit order.</summary>
    private sealed record Cells(int At, double Median, double Low, double High, int Samples, string? Version);

    /// <summary>Each point at its commit's position; points at commits the order does not know are left out.</summary>
    private static Cells[] Place(IEnumerable<(string Commit, double Median, double Low, double High, int Samples, string? Version)> points, ProjectCommitOrder order)
    {
        // A series' points come in history order, so the commit after the last one placed is nearly always the next
        // point's: comparing with it spares hashing a 40-character id per point (most of this step's time at 600,000 points).
        var ordered = order.Ordered;
        var placed = new List<Cells>();
        var next = 0;
        foreach (var p in points)
        {
            var at = next < ordered.Count && string.Equals(ordered[next], p.Commit, StringComparison.Ordinal) ? next : order.IndexOf(p.Commit);
            if (at >= 0)
            {
                placed.Add(new Cells(at, p.Median, p.Low, p.High, p.Samples, p.Version));
                next = at + 1;
            }
        }

        return placed.ToArray();
    }

    /// <summary>The chart's x (every position where a line has a point, in order) and its lines along it.</summary>
    private static (int[] X, LineScript[] Lines) Lay((string Series, string Label, string Status, int Colour, Cells[] Cells)[] lines, ProjectCommitOrder order)
    {
        // A column per position of the commit order: arrays instead of a set and a dictionary, 3,000 points a line.
        var column = new int[order.Ordered.Count];
        foreach (var line in lines)
        {
            foreach (var cell in line.Cells)
            {
                column[cell.At] = 1;
            }
        }

        var x = new List<int>();
        for (var at = 0; at < column.Length; at++)
        {
            if (column[at] == 1)
            {
                column[at] = x.Count;
                x.Add(at);
            }
        }

        return (x.ToArray(), lines.Select(l => Line(l.Series, l.Label, l.Status, l.Colour, l.Cells, column, x.Count)).ToArray());
    }

    private static LineScript Line(string series, string label, string status, int colour, Cells[] points, int[] column, int width)
    {
        var median = new double?[width];
        var low = new double?[width];
        var high = new double?[width];
        var n = new int?[width];
        var versions = new List<string>();
        var v = new int?[width];
        foreach (var p in points)
        {
            var i = column[p.At];
            median[i] = Finite(p.Median);
            low[i] = Band(p.Low);
            high[i] = Band(p.High);
            n[i] = p.Samples;
            var version = p.Version ?? "";
            var at = versions.IndexOf(version);
            if (at < 0)
            {
                versions.Add(version);
                at = versions.Count - 1;
            }

            v[i] = at;
        }

        return new LineScript(series, label, status, colour, median, low, high, n, versions, v);
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
    internal static double? Band(double value)
    {
        if (!double.IsFinite(value))
        {
            return null;
        }

        if (value == 0)
        {
            return 0;
        }

        // An integer of four digits times or over an exact power of ten: one correctly rounded operation gives the
        // double nearest the four-digit decimal, as parsing its text would, without formatting a million strings.
        var exponent = 3 - (int)Math.Floor(Math.Log10(Math.Abs(value)));
        if (Math.Abs(exponent) > 22)
        {
            return double.Parse(value.ToString("G4", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        }

        var power = Powers[Math.Abs(exponent)];
        return exponent >= 0 ? Math.Round(value * power) / power : Math.Round(value / power) * power;
    }

    /// <summary>10⁰ … 10²², every one exact in a double.</summary>
    private static readonly double[] Powers = Enumerable.Range(0, 23).Select(k => Enumerable.Repeat(10.0, k).Aggregate(1.0, (p, ten) => p * ten)).ToArray();

    /// <summary>JSON has no infinities or NaN: such a value is a gap.</summary>
    private static double? Finite(double value) => double.IsFinite(value) ? value : null;
}
