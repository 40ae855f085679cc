using System.Globalization;
using StaticBench.Analysis.Series;
using StaticBench.Schema.Model;
using StaticBench.Site.Model;

namespace StaticBench.Site.Data;

/// <summary>Lays a chart's lines along one shared x axis (commit indexes) for the browser charts.</summary>
public static class ChartScripts
{
    public static ChartScript Of(ChartModel chart, ProjectCommitOrder order)
    {
        var lines = new PlacedLine[chart.Lines.Count];
        for (var l = 0; l < lines.Length; l++)
        {
            var line = chart.Lines[l];
            var points = line.Series.Points;
            var placed = new PlacedLine(line.Series.Id, line.Label, line.Status, line.Colour, points.Count);
            var next = 0;
            for (var i = 0; i < points.Count; i++)
            {
                var p = points[i];
                placed.Add(Position(order, p.Commit, ref next), p.Median, p.MedianLow, p.MedianHigh, p.SampleCount, p.EngineVersion);
            }

            lines[l] = placed;
        }

        var markers = new List<MarkerScript>(chart.Markers.Count);
        foreach (var m in chart.Markers)
        {
            if (order.IndexOf(m.Commit) is var x and >= 0)
            {
                markers.Add(new MarkerScript(x, m.IsRegression ? "regression" : "improvement", m.Label));
            }
        }

        var (xs, scripts) = Lay(lines, order);
        return new ChartScript(chart.Id, chart.Title, chart.Unit, BetterText(chart.Lines[0].Series.Better), xs, scripts, markers);
    }

    /// <summary>A derived chart of instructions per nanosecond: the same shape, no markers, lines with no series of their own.</summary>
    public static ChartScript Of(RateChart chart, ProjectCommitOrder order)
    {
        var lines = new PlacedLine[chart.Lines.Count];
        for (var l = 0; l < lines.Length; l++)
        {
            var line = chart.Lines[l];
            var points = line.Rate.Points;
            var placed = new PlacedLine("", line.Label, "derived", line.Colour, points.Count);
            var next = 0;
            for (var i = 0; i < points.Count; i++)
            {
                var p = points[i];
                placed.Add(Position(order, p.Commit, ref next), p.Value, p.Low, p.High, p.TimeSamples, p.EngineVersion);
            }

            lines[l] = placed;
        }

        var (x, scripts) = Lay(lines, order);
        return new ChartScript(chart.Id, chart.Title, RateChart.Unit, "higher", x, scripts, []);
    }

    private static string BetterText(Better better) => better switch
    {
        Better.Lower => "lower",
        Better.Higher => "higher",
        _ => better.ToString().ToLowerInvariant(),
    };

    /// <summary>
    /// The position of <paramref name="commit"/> in the commit order, or -1 when the order does not know it. A series'
    /// points come in history order, so the commit after the last one placed (<paramref name="next"/>) is nearly always
    /// the next point's: comparing with it spares hashing a 40-character id per point.
    /// </summary>
    private static int Position(ProjectCommitOrder order, string commit, ref int next)
    {
        var ordered = order.Ordered;
        var at = next < ordered.Count && string.Equals(ordered[next], commit, StringComparison.Ordinal) ? next : order.IndexOf(commit);
        if (at >= 0)
        {
            next = at + 1;
        }

        return at;
    }

    /// <summary>
    /// A line's points at their positions of the commit order, column by column (no object per point: 600,000 points at
    /// 200 benchmarks × 3,000 runs), with each point's engine version as an index into the line's versions. Points at
    /// commits the order does not know are left out.
    /// </summary>
    private sealed class PlacedLine(string series, string label, string status, int colour, int capacity)
    {
        private string? _lastVersion;
        private int _lastVersionAt = -1;

        public string Series { get; } = series;

        public string Label { get; } = label;

        public string Status { get; } = status;

        public int Colour { get; } = colour;

        public int Count { get; private set; }

        public int[] At { get; } = new int[capacity];

        public double[] Median { get; } = GC.AllocateUninitializedArray<double>(capacity);

        public double[] Low { get; } = GC.AllocateUninitializedArray<double>(capacity);

        public double[] High { get; } = GC.AllocateUninitializedArray<double>(capacity);

        public int[] Samples { get; } = GC.AllocateUninitializedArray<int>(capacity);

        public int[] Version { get; } = GC.AllocateUninitializedArray<int>(capacity);

        public List<string> Versions { get; } = [];

        public void Add(int at, double median, double low, double high, int samples, string? version)
        {
            if (at < 0)
            {
                return;
            }

            var i = Count++;
            (At[i], Median[i], Low[i], High[i], Samples[i], Version[i]) = (at, median, low, high, samples, VersionIndex(version ?? ""));
        }

        /// <summary>Runs of points share a version string, mostly the very same instance: it is looked up only when it changes.</summary>
        private int VersionIndex(string version)
        {
            if (!ReferenceEquals(version, _lastVersion))
            {
                _lastVersionAt = Versions.IndexOf(version);
                if (_lastVersionAt < 0)
                {
                    Versions.Add(version);
                    _lastVersionAt = Versions.Count - 1;
                }

                _lastVersion = version;
            }

            return _lastVersionAt;
        }

        /// <summary>Whether the line's commit positions only ever go up, so that they can be its chart's x as they are.</summary>
        public bool Ascending
        {
            get
            {
                for (var i = 1; i < Count; i++)
                {
                    if (At[i] <= At[i - 1])
                    {
                        return false;
                    }
                }

                return true;
            }
        }

        /// <summary>The line along its own points (<see cref="Ascending"/>): its columns as they are.</summary>
        public (int[] X, LineScript Line) Script() =>
            (Trim(At), new LineScript(Series, Label, Status, Colour, Trim(Median), Trim(Low), Trim(High), Trim(Samples), Versions, Trim(Version)));

        private T[] Trim<T>(T[] column) => column.Length == Count ? column : column[..Count];

        /// <summary>The line along a wider x: <paramref name="column"/> maps each commit position to its column.</summary>
        public LineScript Script(int[] column, int width)
        {
            var (median, low, high) = (new double[width], new double[width], new double[width]);
            var (n, v) = (new int[width], new int[width]);
            Array.Fill(median, double.NaN);
            Array.Fill(low, double.NaN);
            Array.Fill(high, double.NaN);
            Array.Fill(n, -1);
            Array.Fill(v, -1);
            for (var p = 0; p < Count; p++)
            {
                var i = column[At[p]];
                (median[i], low[i], high[i], n[i], v[i]) = (Median[p], Low[p], High[p], Samples[p], Version[p]);
            }

            return new LineScript(Series, Label, Status, Colour, median, low, high, n, Versions, v);
        }
    }

    /// <summary>The chart's x (every position where a line has a point, in order) and its lines along it.</summary>
    private static (int[] X, LineScript[] Lines) Lay(PlacedLine[] lines, ProjectCommitOrder order)
    {
        // A chart of one line (the usual one engine) runs along that line's own points.
        if (lines.Length == 1 && lines[0].Ascending)
        {
            var (own, line) = lines[0].Script();
            return (own, [line]);
        }

        // A column per position of the commit order: arrays instead of a set and a dictionary, 3,000 points a line.
        var column = new int[order.Ordered.Count];
        var width = 0;
        foreach (var line in lines)
        {
            for (var i = 0; i < line.Count; i++)
            {
                ref var cell = ref column[line.At[i]];
                if (cell == 0)
                {
                    cell = 1;
                    width++;
                }
            }
        }

        var x = new int[width];
        var next = 0;
        for (var at = 0; at < column.Length; at++)
        {
            if (column[at] == 1)
            {
                column[at] = next;
                x[next++] = at;
            }
        }

        var scripts = new LineScript[lines.Length];
        for (var l = 0; l < lines.Length; l++)
        {
            scripts[l] = lines[l].Script(column, width);
        }

        return (x, scripts);
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

}
