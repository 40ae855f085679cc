using System.Text.Json;
using StaticBench.Site.Tests.Support;

namespace StaticBench.Site.Tests.Pages;

public class DataFilesTests
{
    [Fact]
    public void Index_json_lists_every_series_with_its_page_and_data()
    {
        var output = SiteHarness.Generate(Snapshots.Small());

        using var json = JsonDocument.Parse(output.Files["index.json"]);
        var series = json.RootElement.GetProperty("series").EnumerateArray().ToArray();
        series.Length.ShouldBe(3);
        foreach (var s in series)
        {
            output.Files.ContainsKey(s.GetProperty("page").GetString()!).ShouldBeTrue();
            output.Files.ContainsKey(s.GetProperty("data").GetString()!).ShouldBeTrue();
            s.GetProperty("unit").GetString().ShouldBe("ns");
        }

        json.RootElement.GetProperty("dataCommit").GetString().ShouldBe(Snapshots.DataCommit);
    }

    [Fact]
    public void Benchmark_json_holds_trend_points_in_history_order()
    {
        var output = SiteHarness.Generate(Snapshots.Small());
        var path = output.Files.Keys.Single(p => p.StartsWith("benchmarks/sort-quick-", StringComparison.Ordinal) && p.EndsWith(".json", StringComparison.Ordinal));

        using var json = JsonDocument.Parse(output.Files[path]);
        json.RootElement.GetProperty("benchmark").GetString().ShouldBe("sort/quick");
        var v8 = json.RootElement.GetProperty("series").EnumerateArray().Single(s => s.GetProperty("key").GetProperty("engine").GetString() == "v8/default");
        var points = v8.GetProperty("points").EnumerateArray().ToArray();
        points.Select(p => p.GetProperty("commit").GetString()).ShouldBe([Snapshots.Sha(1), Snapshots.Sha(2), Snapshots.Sha(3)]);
        points[0].GetProperty("median").GetDouble().ShouldBe(1_210_000);
        points[0].GetProperty("min").GetDouble().ShouldBeLessThan(points[0].GetProperty("max").GetDouble());
    }
}
