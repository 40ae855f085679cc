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
    /// every cell): the cells go into one SHA-256 call as raw bytes, a fraction of the cost of writing them as JSON.
    /// </summary>
    private static string KeyOf(int block, List<Slice> slices)
    {
        var cells = new double[slices.Sum(s => (s.To - s.From) * (1 + (5 * s.Chart.Lines.Count)))];
        var at = 0;
        var key = new ContentKeyWriter("chart-block").Add(Size).Add(block);
        foreach (var (chart, from, to) in slices)
        {
            var xs = chart.X;
            key.Add(chart.Id).Add(from).Add(to).Add(chart.Lines.Count);
            for (var i = from; i < to; i++)
            {
                cells[at++] = xs[i];
            }

            foreach (var line in chart.Lines)
            {
                key.Add(line.Series).Add(line.Name).Add(line.Versions.Count);
                foreach (var version in line.Versions)
                {
                    key.Add(version);
                }

                for (var i = from; i < to; i++)
                {
                    cells[at++] = line.Median[i] ?? double.NaN;
                    cells[at++] = line.Low[i] ?? double.NaN;
                    cells[at++] = line.High[i] ?? double.NaN;
                    cells[at++] = line.N[i] ?? -1;
                    cells[at++] = line.V[i] ?? -1;
                }
            }
        }

        var digest = SHA256.HashData(MemoryMarshal.AsBytes(cells.AsSpan()));
        return key.Add(Convert.ToHexStringLower(digest)).Finish()[..16];
    }

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
        var counts = new HashSet<int>();
        var versions = new List<int>();
        for (var i = from; i < to; i++)
        {
            if (Count(line, i) is { } n)
            {
                counts.Add(n);
                var v = line.V[i] ?? 0;
                if (!versions.Contains(v))
                {
                    versions.Add(v);
                }
            }
        }

        if (counts.Count == 0)
        {
            w.WriteNullValue();
            return;
        }

        w.WriteStartObject();
        Numbers(w, "median", line.Median, from, to);
        Numbers(w, "low", line.Low, from, to);
        Numbers(w, "high", line.High, from, to);
        if (counts.Count == 1)
        {
            w.WriteNumber("samplesPerPoint", counts.First());
        }
        else
        {
            w.WriteStartArray("n");
            for (var i = from; i < to; i++)
            {
                NumberOrNull(w, Count(line, i));
            }

            w.WriteEndArray();
        }

        w.WriteStartArray("versions");
        foreach (var v in versions)
        {
            w.WriteStringValue(line.Versions[v]);
        }

        w.WriteEndArray();
        if (versions.Count > 1)
        {
            w.WriteStartArray("v");
            for (var i = from; i < to; i++)
            {
                NumberOrNull(w, Count(line, i) is null ? null : versions.IndexOf(line.V[i] ?? 0));
            }

            w.WriteEndArray();
        }

        w.WriteEndObject();
    }

    /// <summary>The samples behind a line's point at column <paramref name="i"/>, or null where the line has no point.</summary>
    private static int? Count(LineScript line, int i) => line.N[i];

    private static void Numbers(Utf8JsonWriter w, string name, IReadOnlyList<double?> values, int from, int to)
    {
        w.WriteStartArray(name);
        for (var i = from; i < to; i++)
        {
            if (values[i] is { } v)
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
