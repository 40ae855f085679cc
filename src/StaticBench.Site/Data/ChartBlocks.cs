using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text.Json;
using StaticBench.Site.Output;

namespace StaticBench.Site.Data;

/// <summary>
/// A benchmark's data script cut into blocks of <see cref="Size"/> of the benchmark's own points, so that a new run
/// rewrites only the newest block: <c>data/bench/&lt;slug&gt;.js</c> (the head) holds every chart's title, lines,
/// statuses and markers, the names of the closed blocks and the newest block itself; each closed block is
/// <c>data/bench/&lt;slug&gt;/&lt;block&gt;-&lt;key&gt;.js</c>, named by a key of what it holds. A block whose key a file
/// of the site already bears is kept as it is, neither serialized nor read (<see cref="ISiteOutput.Keep"/>).
/// </summary>
/// <remarks>
/// The benchmark's points are the commits where any of its charts has a point. Block <c>k</c> holds every chart's
/// cells at the benchmark's points <c>[k·Size, (k+1)·Size)</c>; it is closed once the benchmark has a point past it, and
/// then changes only when a run is added at one of its commits or the commit order changes under it. Cutting by the
/// benchmark's own points rather than by positions of the site's commit order keeps the number of files the same on a
/// sparse history (a benchmark measured at one commit in a hundred): 512 points make six files (plus the head) at
/// 3,000 points, and a new run serializes at most 512 points of each benchmark instead of its whole history.
/// </remarks>
public static class ChartBlocks
{
    public const int Size = 512;

    /// <summary>The file of closed block <paramref name="block"/> of the benchmark <paramref name="slug"/>.</summary>
    public static string PathOf(string slug, int block, string key) => $"data/bench/{slug}/{block}-{key}.js";

    /// <summary>
    /// Writes the head at <paramref name="headPath"/> and every closed block of <paramref name="charts"/>; closed blocks
    /// already in the output under their key are kept.
    /// </summary>
    public static void Write(ISiteOutput output, string headPath, string slug, string benchmark, IReadOnlyList<ChartScript> charts)
    {
        var points = PointsOf(charts);
        var newest = Math.Max(0, points.Length - 1) / Size;
        var blocks = new List<string>();
        for (var block = 0; block < newest; block++)
        {
            var slices = Slices(charts, points[block * Size], points[(block + 1) * Size]);
            var path = PathOf(slug, block, KeyOf(block, slices));
            if (!output.Keep(path))
            {
                ScriptData.Write(output, path, ScriptData.KeyOf(path), w => WriteBlock(w, block, slices));
            }

            blocks.Add(ScriptData.KeyOf(path));
        }

        var last = Slices(charts, points.Length == 0 ? 0 : points[newest * Size], int.MaxValue);
        ScriptData.Write(output, headPath, ScriptData.KeyOf(headPath), w => WriteHead(w, benchmark, charts, blocks, newest, last));
    }

    /// <summary>The commits (positions of the commit order) where any of the charts has a point, ascending.</summary>
    private static int[] PointsOf(IReadOnlyList<ChartScript> charts)
    {
        if (charts.Count == 1)
        {
            return charts[0].X;
        }

        var all = new int[charts.Sum(c => c.X.Length)];
        var at = 0;
        foreach (var chart in charts)
        {
            chart.X.CopyTo(all, at);
            at += chart.X.Length;
        }

        Array.Sort(all);
        var distinct = 0;
        for (var i = 0; i < all.Length; i++)
        {
            if (distinct == 0 || all[i] != all[distinct - 1])
            {
                all[distinct++] = all[i];
            }
        }

        return all[..distinct];
    }

    /// <summary>A chart's columns between two commit positions: the chart and the range of its x.</summary>
    private sealed record Slice(ChartScript Chart, int From, int To);

    /// <summary>Each chart's columns at commit positions <c>[first, end)</c>; charts with none there are left out.</summary>
    private static List<Slice> Slices(IReadOnlyList<ChartScript> charts, int first, int end)
    {
        var slices = new List<Slice>();
        for (var c = 0; c < charts.Count; c++)
        {
            var xs = charts[c].X;
            var from = LowerBound(xs, first);
            var to = LowerBound(xs, end);
            if (to > from)
            {
                slices.Add(new Slice(charts[c], from, to));
            }
        }

        return slices;
    }

    private static int LowerBound(int[] sorted, int value)
    {
        var at = Array.BinarySearch(sorted, value);
        return at >= 0 ? at : ~at;
    }

    /// <summary>
    /// A key of everything a closed block's file says (its position, and per chart its id, its lines' identities and
    /// every cell), and of the format it is written in (<see cref="Format"/>): the cells go in as the raw bytes of their
    /// columns, a fraction of the cost of writing them as JSON. The key names the file, so it leaves out the code's
    /// identity: a build of StaticBench that writes a block's bytes as the last one did keeps its name.
    /// </summary>
    private static string KeyOf(int block, List<Slice> slices)
    {
        var key = ContentKeyWriter.Named("chart-block").Add(Format.Value).Add(Size).Add(block);
        foreach (var (chart, from, to) in slices)
        {
            var count = to - from;
            key.Add(chart.Id).Add(chart.Lines.Count).Add(chart.X.AsSpan(from, count));
            foreach (var line in chart.Lines)
            {
                key.Add(line.Series).Add(line.Name).Add(line.Versions.Count);
                foreach (var version in line.Versions)
                {
                    key.Add(version);
                }

                key.Add(line.Median.AsSpan(from, count)).Add(line.Low.AsSpan(from, count)).Add(line.High.AsSpan(from, count))
                    .Add(line.N.AsSpan(from, count)).Add(line.V.AsSpan(from, count));
            }
        }

        return key.Finish()[..16];
    }

    /// <summary>
    /// The bytes <see cref="WriteBlock"/> makes of an example block with every kind of cell (gaps, a line without points,
    /// fractional, huge and non-finite values, several sample counts and engine versions), hashed: part of every block's
    /// key, so a change to how blocks are written renames them all, and a change to anything else renames none.
    /// </summary>
    private static readonly Lazy<string> Format = new(() =>
    {
        double[] values = [1, 0.5, double.NaN, 1e16, 12345.678, double.PositiveInfinity];
        var line = new LineScript("s", "e", "no change", 0, values, values, values, [10, 12, -1, 10, 10, 0], ["1.0", "2.0"], [0, 1, -1, 1, 0, 0]);
        var empty = new LineScript("t", "f", "no change", 1, [.. values.Select(_ => double.NaN)], values, values, [-1, -1, -1, -1, -1, -1], [], [-1, -1, -1, -1, -1, -1]);
        var even = new LineScript("u", "g", "no change", 2, values, values, values, [5, 5, 5, 5, 5, 5], ["3.0"], [0, 0, 0, 0, 0, 0]);
        var chart = new ChartScript("c", "", "ns", "lower", [0, 1, 2, 5, 6, 9], [line, empty, even], []);
        var bytes = ScriptData.Encode("bench/x/0-0", w => WriteBlock(w, 0, [new Slice(chart, 0, 6), new Slice(chart with { Id = "d" }, 2, 4)]));
        return Convert.ToHexStringLower(SHA256.HashData(bytes));
    });

    private static void WriteHead(Utf8JsonWriter w, string benchmark, IReadOnlyList<ChartScript> charts, List<string> blocks, int newest, List<Slice> last)
    {
        w.WriteStartObject();
        w.WriteString("benchmark", benchmark);
        w.WriteNumber("blockPoints", Size);
        w.WriteStartArray("blocks");
        foreach (var block in blocks)
        {
            w.WriteStringValue(block);
        }

        w.WriteEndArray();
        w.WriteStartArray("charts");
        foreach (var chart in charts)
        {
            w.WriteStartObject();
            w.WriteString("id", chart.Id);
            w.WriteString("title", chart.Title);
            w.WriteString("unit", chart.Unit);
            w.WriteString("better", chart.Better);
            w.WriteStartArray("lines");
            foreach (var line in chart.Lines)
            {
                w.WriteStartObject();
                w.WriteString("series", line.Series);
                w.WriteString("name", line.Name);
                w.WriteString("status", line.Status);
                w.WriteNumber("colour", line.Colour);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("markers");
            foreach (var marker in chart.Markers)
            {
                w.WriteStartObject();
                w.WriteNumber("x", marker.X);
                w.WriteString("kind", marker.Kind);
                w.WriteString("text", marker.Text);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WritePropertyName("newest");
        WriteBlock(w, newest, last);
        w.WriteEndObject();
    }

    /// <summary>
    /// <c>{ block, charts: { "&lt;chart id&gt;": { x: [[first, count]…], lines: [line or null…] } } }</c>: a chart's lines in the
    /// head's order, null where a line has no point in the block.
    /// </summary>
    private static void WriteBlock(Utf8JsonWriter w, int block, List<Slice> slices)
    {
        w.WriteStartObject();
        w.WriteNumber("block", block);
        w.WriteStartObject("charts");
        foreach (var (chart, from, to) in slices)
        {
            var xs = chart.X;
            w.WriteStartObject(chart.Id);
            w.WriteStartArray("x");
            foreach (var run in ChartScripts.Runs(new ArraySegment<int>(xs, from, to - from)))
            {
                w.WriteStartArray();
                w.WriteNumberValue(run[0]);
                w.WriteNumberValue(run[1]);
                w.WriteEndArray();
            }

            w.WriteEndArray();
            w.WriteStartArray("lines");
            foreach (var line in chart.Lines)
            {
                WriteLine(w, line, from, to);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndObject();
        w.WriteEndObject();
    }

    /// <summary>A line's cells in columns <c>[from, to)</c>, with the samples per point and the engine versions of these cells alone.</summary>
    private static void WriteLine(Utf8JsonWriter w, LineScript line, int from, int to)
    {
        var (count, single) = (-1, true);
        var versions = new List<int>();
        for (var i = from; i < to; i++)
        {
            if (line.Has(i))
            {
                var n = line.N[i];
                (count, single) = (n, single && (count < 0 || count == n));
                var v = Math.Max(line.V[i], 0);
                if (!versions.Contains(v))
                {
                    versions.Add(v);
                }
            }
        }

        if (count < 0)
        {
            w.WriteNullValue();
            return;
        }

        w.WriteStartObject();
        Numbers(w, "median", line.Median, from, to, exact: true);
        Numbers(w, "low", line.Low, from, to, exact: false);
        Numbers(w, "high", line.High, from, to, exact: false);
        if (single)
        {
            w.WriteNumber("samplesPerPoint", count);
        }
        else
        {
            w.WriteStartArray("n");
            for (var i = from; i < to; i++)
            {
                NumberOrNull(w, line.Has(i) ? line.N[i] : null);
            }

            w.WriteEndArray();
        }

        w.WriteStartArray("versions");
        foreach (var v in versions)
        {
            w.WriteStringValue(line.Versions.Count > v ? line.Versions[v] : "");
        }

        w.WriteEndArray();
        if (versions.Count > 1)
        {
            w.WriteStartArray("v");
            for (var i = from; i < to; i++)
            {
                NumberOrNull(w, line.Has(i) ? versions.IndexOf(Math.Max(line.V[i], 0)) : null);
            }

            w.WriteEndArray();
        }

        w.WriteEndObject();
    }

    /// <summary>
    /// A column of values, null where there is none or it is not finite (JSON has neither infinities nor NaN). The interval's
    /// ends (not <paramref name="exact"/>) only ever draw the band: four significant digits are finer than a pixel
    /// (<see cref="ChartScripts.Band"/>).
    /// </summary>
    private static void Numbers(Utf8JsonWriter w, string name, double[] values, int from, int to, bool exact)
    {
        w.WriteStartArray(name);
        for (var i = from; i < to; i++)
        {
            if ((exact ? Finite(values[i]) : ChartScripts.Band(values[i])) is { } v)
            {
                Number(w, v);
            }
            else
            {
                w.WriteNullValue();
            }
        }

        w.WriteEndArray();
    }

    private static double? Finite(double value) => double.IsFinite(value) ? value : null;

    /// <summary>
    /// A whole number below 10^15 as an integer, which is the text the double would have had (shortest round trip: no
    /// exponent, no fraction) at a fraction of the cost; most cells are whole nanoseconds or four significant digits.
    /// </summary>
    private static void Number(Utf8JsonWriter w, double v)
    {
        if (Math.Abs(v) < 1e15 && v == Math.Truncate(v) && !double.IsNegative(v))
        {
            w.WriteNumberValue((long)v);
        }
        else
        {
            w.WriteNumberValue(v);
        }
    }

    private static void NumberOrNull(Utf8JsonWriter w, int? value)
    {
        if (value is { } v)
        {
            w.WriteNumberValue(v);
        }
        else
        {
            w.WriteNullValue();
        }
    }
}
