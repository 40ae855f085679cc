using StaticBench.Site.Data;
using StaticBench.Site.Output;
using StaticBench.Site.Tests.Support;

namespace StaticBench.Site.Tests.Data;

public class ChartBlocksTests
{
    [Fact]
    public void A_long_history_is_cut_into_blocks_that_put_back_together_hold_every_point_issue_13()
    {
        // Given a chart of 1,100 commits whose line changes engine version and sample count on the way
        var chart = Chart(1_100);

        // When its data is written
        var output = new MemorySiteOutput();
        ChartBlocks.Write(output, "data/bench/b.js", "b", "suite/b", [chart]);

        // Then two closed blocks have files of their own and the head holds the newest block
        var blocks = output.Files.Keys.Where(p => p.StartsWith("data/bench/b/", StringComparison.Ordinal)).ToArray();
        blocks.Select(p => p.Split('/')[^1].Split('-')[0]).ShouldBe(["0", "1"]);
        using var head = DataScripts.Read(output, "data/bench/b.js");
        head.RootElement.GetProperty("blocks").EnumerateArray().Select(b => $"data/{b.GetString()}.js").ShouldBe(blocks);
        head.RootElement.GetProperty("newest").GetProperty("block").GetInt32().ShouldBe(2);

        // And put back together they are the chart: every commit, median, interval, count and version
        using var data = DataScripts.Assembled(output, "data/bench/b.js");
        var back = data.RootElement.GetProperty("charts").EnumerateArray().Single();
        back.GetProperty("x").EnumerateArray().SelectMany(run => Enumerable.Range(run[0].GetInt32(), run[1].GetInt32())).ShouldBe(Enumerable.Range(0, 1_100).Where(i => i != 700));
        var line = back.GetProperty("lines").EnumerateArray().Single();
        var source = chart.Lines[0];
        line.GetProperty("median").EnumerateArray().Select(v => v.GetDouble()).ShouldBe(source.Median);
        line.GetProperty("high").EnumerateArray().Select(v => v.GetDouble()).ShouldBe(source.High.Select(v => ChartScripts.Band(v)!.Value));
        line.GetProperty("n").EnumerateArray().Select(v => v.GetInt32()).ShouldBe(source.N);
        var versions = line.GetProperty("versions").EnumerateArray().Select(v => v.GetString()).ToArray();
        line.GetProperty("v").EnumerateArray().Select(v => versions[v.GetInt32()]).ShouldBe(source.V.Select(v => source.Versions[v]));
        back.GetProperty("markers")[0].GetProperty("x").GetInt32().ShouldBe(600);
    }

    [Fact]
    public void One_more_commit_rewrites_the_head_only_and_keeps_closed_blocks_without_serializing_them_issue_13()
    {
        // Given the data of a 1,100-commit chart as the last build wrote it
        var before = new MemorySiteOutput();
        ChartBlocks.Write(before, "data/bench/b.js", "b", "suite/b", [Chart(1_100)]);

        // When one commit is added
        var after = new KeepingOutput(before.Files);
        ChartBlocks.Write(after, "data/bench/b.js", "b", "suite/b", [Chart(1_101)]);

        // Then only the head is written; both closed blocks keep their names and are kept as they are
        after.Written.Keys.ShouldBe(["data/bench/b.js"]);
        after.Kept.Order().ShouldBe(before.Files.Keys.Where(p => p.StartsWith("data/bench/b/", StringComparison.Ordinal)).Order());

        // And a point changed inside the first block gives that block a new name, leaving the second alone
        var changed = Chart(1_101);
        changed.Lines[0].Median[5] = 1;
        var again = new KeepingOutput(before.Files);
        ChartBlocks.Write(again, "data/bench/b.js", "b", "suite/b", [changed]);
        again.Written.Keys.Count(p => p.StartsWith("data/bench/b/0-", StringComparison.Ordinal)).ShouldBe(1);
        again.Kept.ShouldHaveSingleItem().ShouldStartWith("data/bench/b/1-");
    }

    [Fact]
    public void Blocks_are_the_same_bytes_whatever_else_the_head_says()
    {
        // Given the same points under a new status and a new marker
        var first = new MemorySiteOutput();
        ChartBlocks.Write(first, "data/bench/b.js", "b", "suite/b", [Chart(1_100)]);
        var chart = Chart(1_100);
        chart = chart with { Lines = [chart.Lines[0] with { Status = "regression" }], Markers = [new MarkerScript(1_000, "regression", "+20%")] };
        var second = new MemorySiteOutput();
        ChartBlocks.Write(second, "data/bench/b.js", "b", "suite/b", [chart]);

        // Then the closed blocks are identical files; only the head differs
        foreach (var path in first.Files.Keys.Where(p => p != "data/bench/b.js"))
        {
            second.Files[path].ShouldBe(first.Files[path]);
        }

        second.Text("data/bench/b.js").ShouldNotBe(first.Text("data/bench/b.js"));
    }

    [Fact]
    public void A_sparse_history_is_cut_by_the_benchmarks_own_points_not_by_commit_positions_issue_13()
    {
        // Given a benchmark measured at one commit in a hundred: 1,000 points over 100,000 commits
        var xs = Enumerable.Range(0, 1_000).Select(i => i * 100).ToArray();
        var chart = Chart(xs);

        // When its data is written
        var output = new MemorySiteOutput();
        ChartBlocks.Write(output, "data/bench/b.js", "b", "suite/b", [chart]);

        // Then it is one closed block of 512 points and a head with the other 488, not a file per 512 commits
        var blocks = output.Files.Keys.Where(p => p.StartsWith("data/bench/b/", StringComparison.Ordinal)).ToArray();
        blocks.ShouldHaveSingleItem().ShouldStartWith("data/bench/b/0-");
        using var head = DataScripts.Read(output, "data/bench/b.js");
        var newest = head.RootElement.GetProperty("newest").GetProperty("charts").GetProperty("chart-1");
        newest.GetProperty("lines")[0].GetProperty("median").GetArrayLength().ShouldBe(488);

        // And put back together the chart has every commit and median
        using var data = DataScripts.Assembled(output, "data/bench/b.js");
        var back = data.RootElement.GetProperty("charts")[0];
        back.GetProperty("x").EnumerateArray().SelectMany(run => Enumerable.Range(run[0].GetInt32(), run[1].GetInt32())).ShouldBe(xs);
        back.GetProperty("lines")[0].GetProperty("median").EnumerateArray().Select(v => v.GetDouble()).ShouldBe(chart.Lines[0].Median);
    }

    [Fact]
    public void Charts_measured_at_different_commits_share_the_blocks_of_the_benchmarks_points()
    {
        // Given two charts of one benchmark, one measured at even commits, the other at odd ones and only from 1,101
        var even = Chart(Enumerable.Range(0, 700).Select(i => i * 2).ToArray());
        var odd = Chart(Enumerable.Range(0, 300).Select(i => 1_101 + (i * 2)).ToArray()) with { Id = "chart-2" };

        // When the benchmark's data is written
        var output = new MemorySiteOutput();
        ChartBlocks.Write(output, "data/bench/b.js", "b", "suite/b", [even, odd]);

        // Then its 1,000 points make one closed block (the even chart's first 512 points) and the head
        var block = output.Files.Keys.Single(p => p.StartsWith("data/bench/b/", StringComparison.Ordinal));
        using var closed = DataScripts.Read(output, block);
        closed.RootElement.GetProperty("charts").EnumerateObject().Select(c => c.Name).ShouldBe(["chart-1"]);

        // And each chart comes back whole
        using var data = DataScripts.Assembled(output, "data/bench/b.js");
        foreach (var (back, source) in data.RootElement.GetProperty("charts").EnumerateArray().Zip([even, odd]))
        {
            back.GetProperty("x").EnumerateArray().SelectMany(run => Enumerable.Range(run[0].GetInt32(), run[1].GetInt32())).ShouldBe(source.X);
            back.GetProperty("lines")[0].GetProperty("median").EnumerateArray().Select(v => v.GetDouble()).ShouldBe(source.Lines[0].Median);
        }
    }

    [Fact]
    public void Every_cell_is_written_as_the_json_writer_writes_that_double()
    {
        // Given a line whose medians are whole, fractional, negative, signed zero, tiny and at the edge of plain notation
        double[] values = [0, -0.0, 1, 192533, 1010.5, -3, 0.1, 1e-7, 999_999_999_999_999, 1e15, 1e16, 123456789.25, 9007199254740993, double.Epsilon];
        var xs = Enumerable.Range(0, values.Length).ToArray();
        var line = new LineScript("s1", "v8", "no change", 0, values, values, values, xs.Select(_ => 10).ToArray(), [""], xs.Select(_ => 0).ToArray());

        // When its data is written
        var output = new MemorySiteOutput();
        ChartBlocks.Write(output, "data/bench/b.js", "b", "suite/b", [new ChartScript("chart-1", "t", "ns", "lower", xs, [line], [])]);

        // Then each cell's text is what System.Text.Json writes for that double (integers are written as such only
        // where that is the same text)
        var text = System.Text.Encoding.UTF8.GetString(output.Files["data/bench/b.js"]);
        var expected = "\"median\":[" + string.Join(",", values.Select(v => System.Text.Json.JsonSerializer.Serialize(v))) + "]";
        text.ShouldContain(expected);
    }

    /// <summary>A chart over commits 0…count-1 but 700: 10 samples a point, 12 from 520 to 540; engine 1.0, then 2.0 from 900.</summary>
    private static ChartScript Chart(int count) => Chart(Enumerable.Range(0, count).Where(i => i != 700).ToArray());

    /// <summary>A chart with a point at each of <paramref name="xs"/> (commit positions, ascending), as <see cref="Chart(int)"/> describes.</summary>
    private static ChartScript Chart(int[] xs)
    {
        var line = new LineScript(
            "s1", "v8/optimizing", "no change", 0,
            xs.Select(i => (double)(1000 + i)).ToArray(),
            xs.Select(i => (double)(990 + i)).ToArray(),
            xs.Select(i => 1010.5 + i).ToArray(),
            xs.Select(i => i is >= 520 and < 540 ? 12 : 10).ToArray(),
            ["1.0", "2.0"],
            xs.Select(i => i >= 900 ? 1 : 0).ToArray());
        return new ChartScript("chart-1", "execute · wall-time", "ns", "lower", xs, [line], [new MarkerScript(600, "improvement", "-10%")]);
    }

    /// <summary>An output over the files an earlier build left, recording what is written and what is kept unread.</summary>
    private sealed class KeepingOutput(IReadOnlyDictionary<string, byte[]> earlier) : ISiteOutput
    {
        public Dictionary<string, byte[]> Written { get; } = [];

        public List<string> Kept { get; } = [];

        public void Write(string path, ReadOnlySpan<byte> content) => Written.Add(path, content.ToArray());

        public bool Keep(string path)
        {
            if (!earlier.ContainsKey(path))
            {
                return false;
            }

            Kept.Add(path);
            return true;
        }

        public OutputSummary Complete() => new(Written.Count, Kept.Count, 0);
    }
}
