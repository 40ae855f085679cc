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
        ChartBlocks.Write(output, "data/bench/b.js", "b", "suite/b", [chart], 1_100);

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
        line.GetProperty("median").EnumerateArray().Select(v => v.GetDouble()).ShouldBe(source.Median.Select(v => v!.Value));
        line.GetProperty("high").EnumerateArray().Select(v => v.GetDouble()).ShouldBe(source.High.Select(v => v!.Value));
        line.GetProperty("n").EnumerateArray().Select(v => v.GetInt32()).ShouldBe(source.N.Select(v => v!.Value));
        var versions = line.GetProperty("versions").EnumerateArray().Select(v => v.GetString()).ToArray();
        line.GetProperty("v").EnumerateArray().Select(v => versions[v.GetInt32()]).ShouldBe(source.V.Select(v => source.Versions[v!.Value]));
        back.GetProperty("markers")[0].GetProperty("x").GetInt32().ShouldBe(600);
    }

    [Fact]
    public void One_more_commit_rewrites_the_head_only_and_keeps_closed_blocks_without_serializing_them_issue_13()
    {
        // Given the data of a 1,100-commit chart as the last build wrote it
        var before = new MemorySiteOutput();
        ChartBlocks.Write(before, "data/bench/b.js", "b", "suite/b", [Chart(1_100)], 1_100);

        // When one commit is added
        var after = new KeepingOutput(before.Files);
        ChartBlocks.Write(after, "data/bench/b.js", "b", "suite/b", [Chart(1_101)], 1_101);

        // Then only the head is written; both closed blocks keep their names and are kept as they are
        after.Written.Keys.ShouldBe(["data/bench/b.js"]);
        after.Kept.Order().ShouldBe(before.Files.Keys.Where(p => p.StartsWith("data/bench/b/", StringComparison.Ordinal)).Order());

        // And a point changed inside the first block gives that block a new name, leaving the second alone
        var changed = Chart(1_101);
        ((double?[])changed.Lines[0].Median)[5] = 1;
        var again = new KeepingOutput(before.Files);
        ChartBlocks.Write(again, "data/bench/b.js", "b", "suite/b", [changed], 1_101);
        again.Written.Keys.Count(p => p.StartsWith("data/bench/b/0-", StringComparison.Ordinal)).ShouldBe(1);
        again.Kept.ShouldHaveSingleItem().ShouldStartWith("data/bench/b/1-");
    }

    [Fact]
    public void Blocks_are_the_same_bytes_whatever_else_the_head_says()
    {
        // Given the same points under a new status and a new marker
        var first = new MemorySiteOutput();
        ChartBlocks.Write(first, "data/bench/b.js", "b", "suite/b", [Chart(1_100)], 1_100);
        var chart = Chart(1_100);
        chart = chart with { Lines = [chart.Lines[0] with { Status = "regression" }], Markers = [new MarkerScript(1_000, "regression", "+20%")] };
        var second = new MemorySiteOutput();
        ChartBlocks.Write(second, "data/bench/b.js", "b", "suite/b", [chart], 1_100);

        // Then the closed blocks are identical files; only the head differs
        foreach (var path in first.Files.Keys.Where(p => p != "data/bench/b.js"))
        {
            second.Files[path].ShouldBe(first.Files[path]);
        }

        second.Text("data/bench/b.js").ShouldNotBe(first.Text("data/bench/b.js"));
    }

    /// <summary>A chart over commits 0…count-1 but 700: 10 samples a point, 12 from 520 to 540; engine 1.0, then 2.0 from 900.</summary>
    private static ChartScript Chart(int count)
    {
        var xs = Enumerable.Range(0, count).Where(i => i != 700).ToArray();
        var line = new LineScript(
            "s1", "v8/optimizing", "no change", 0,
            xs.Select(i => (double?)(1000 + i)).ToArray(),
            xs.Select(i => (double?)(990 + i)).ToArray(),
            xs.Select(i => (double?)(1010.5 + i)).ToArray(),
            xs.Select(i => (int?)(i is >= 520 and < 540 ? 12 : 10)).ToArray(),
            ["1.0", "2.0"],
            xs.Select(i => (int?)(i >= 900 ? 1 : 0)).ToArray());
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
