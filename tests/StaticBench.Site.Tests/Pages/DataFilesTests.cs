using System.Text.Json;
using StaticBench.Site.Tests.Support;
using StaticBench.Testing;

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
    public void A_value_json_cannot_carry_is_written_as_null_and_the_build_goes_on_17()
    {
        // Given a history handed in without the result validator (which refuses magnitudes past 1e100):
        // two samples near double.MaxValue, whose median overflows to infinity, and a change from 1e-300 to 1e300
        var runs = Enumerable.Range(1, 2).Select(n => Snapshots.Recorded(new RunResultBuilder($"run-{n}")
            .AtCommit(Snapshots.Sha(n), Snapshots.T0.AddHours(n), n > 1 ? [Snapshots.Sha(n - 1)] : [])
            .WithResult("huge/median", "execute", 1.7e308, 1.79e308)
            .WithResult("tiny/then-huge", "execute", n == 1 ? 1e-300 : 1e300)
            .Build(), n)).ToList();

        // When the site is built (index.json threw on the infinite values, stopping the whole build)
        var output = SiteHarness.Generate(Snapshots.Small() with { Runs = [.. Snapshots.Small().Runs, .. runs] });

        // Then index.json leaves out what it cannot carry, and keeps every series
        using var json = JsonDocument.Parse(output.Files["index.json"]);
        var all = json.RootElement.GetProperty("series").EnumerateArray().ToArray();
        all.Length.ShouldBe(5);
        var series = all.Select(s => (Name: s.GetProperty("key").GetProperty("benchmark").GetString()!, Json: s))
            .Where(s => s.Name is "huge/median" or "tiny/then-huge").ToDictionary(s => s.Name, s => s.Json);
        series["huge/median"].TryGetProperty("latest", out _).ShouldBeFalse();
        series["tiny/then-huge"].TryGetProperty("changeRatio", out _).ShouldBeFalse();
        series["tiny/then-huge"].GetProperty("latest").GetDouble().ShouldBe(1e300);
    }

    [Fact]
    public void A_benchmark_data_script_holds_its_charts_points_in_history_order_once()
    {
        // Given the small history, when the site is built
        var output = SiteHarness.Generate(Snapshots.Small());

        // Then sort/quick's data script is its one data file: JSON after a fixed prefix, with every trend point
        output.Files.Keys.ShouldNotContain(p => p.StartsWith("benchmarks/", StringComparison.Ordinal) && p.EndsWith(".json", StringComparison.Ordinal));
        using var json = DataScripts.Benchmark(output, "sort-quick-");
        json.RootElement.GetProperty("benchmark").GetString().ShouldBe("sort/quick");
        var chart = json.RootElement.GetProperty("charts").EnumerateArray().Single();
        var v8 = chart.GetProperty("lines").EnumerateArray().Single(l => l.GetProperty("name").GetString() == "v8/default");
        var commits = output.Text("data/commits.js");
        commits = commits[commits.IndexOf("\"commits\":", StringComparison.Ordinal)..];
        using var table = DataScripts.Read(output, "data/commits.js");
        var rows = table.RootElement.GetProperty("commits").EnumerateArray().ToArray();
        rows.Select(r => r[0].GetString()).ShouldBe([Snapshots.Sha(1), Snapshots.Sha(2), Snapshots.Sha(3), Snapshots.Sha(9)]);
        rows[1][6].GetInt32().ShouldBe(0); // a trend commit is compared with the trend commit before it
        rows[0][6].ValueKind.ShouldBe(JsonValueKind.Null);
        table.RootElement.GetProperty("repositories")[rows[0][9].GetInt32()].GetString().ShouldBe("https://github.com/example/engine");
        var x = chart.GetProperty("x").EnumerateArray().SelectMany(run => Enumerable.Range(run[0].GetInt32(), run[1].GetInt32())).ToArray();
        x.ShouldBe(x.Order().ToArray());
        x.Length.ShouldBe(3);
        v8.GetProperty("n")[0].GetInt32().ShouldBeGreaterThan(0);
        v8.GetProperty("median")[0].GetDouble().ShouldBe(1_210_000);
        v8.GetProperty("low")[0].GetDouble().ShouldBeLessThanOrEqualTo(1_210_000);
        v8.GetProperty("high")[0].GetDouble().ShouldBeGreaterThanOrEqualTo(1_210_000);
        commits.IndexOf(Snapshots.Sha(1), StringComparison.Ordinal).ShouldBeLessThan(commits.IndexOf(Snapshots.Sha(3), StringComparison.Ordinal));
    }
}
