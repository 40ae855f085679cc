using StaticBench.Schema.Model;
using StaticBench.Site.Tests.Support;
using StaticBench.Testing;

namespace StaticBench.Site.Tests.Pages;

/// <summary>Issue 18: instructions per nanosecond over history, derived where a count and a time share a commit.</summary>
public class RatePageTests
{
    [Fact]
    public void A_count_and_a_time_at_the_same_commits_give_a_derived_chart_that_is_no_series_issue_18()
    {
        // Given three commits of native execute counted at 2,000,000 instructions each and timed at 1 ms, 1 ms and 2 ms
        // (the same work got slower), and a fourth commit that was timed but not counted
        var runs = new[] { (1, 1_000_000.0, true), (2, 1_000_000.0, true), (3, 2_000_000.0, true), (4, 1_000_000.0, false) }
            .Select(c => Snapshots.Recorded(Run(c.Item1, c.Item2, c.Item3), c.Item1))
            .ToArray();

        // When the site is generated
        var output = SiteHarness.Generate(new DataSnapshot { DataCommit = Snapshots.DataCommit, Runs = runs });

        // Then the page has one rate chart, labelled as derived, and its data holds count over time at the three commits with both
        var page = HtmlChecks.Parse(output.Text(output.Files.Keys.Single(p => p.StartsWith("benchmarks/suite-work", StringComparison.Ordinal) && p.EndsWith(".html", StringComparison.Ordinal))));
        var section = page.QuerySelector("h2#rates")!;
        section.NextElementSibling!.TextContent.ShouldContain("Derived, not measured");
        var host = page.QuerySelectorAll("#rates + p + .chart-grid [data-chart]").ShouldHaveSingleItem();
        host.TextContent.ShouldContain($"native/musl-static: 1 instructions/ns at {CommitId.Short(Snapshots.Sha(3))}");
        using var script = DataScripts.Benchmark(output, "suite-work");
        var chart = script.RootElement.GetProperty("charts").EnumerateArray().Single(c => c.GetProperty("id").GetString() == host.GetAttribute("data-chart"));
        chart.GetProperty("unit").GetString().ShouldBe("/ns");
        chart.GetProperty("markers").GetArrayLength().ShouldBe(0);
        var line = chart.GetProperty("lines").EnumerateArray().Single();
        line.GetProperty("median").EnumerateArray().Select(v => v.GetDouble()).ShouldBe([2.0, 2.0, 1.0]);
        line.GetProperty("series").GetString().ShouldBe("");

        // And it is not a series: the index lists only the count and the time
        using var index = DataScripts.Read(output, "data/index.js");
        index.RootElement.GetProperty("series").EnumerateArray().Select(s => s.GetProperty("metric").GetString()).Order().ShouldBe(["instructions", "wall-time"]);
    }

    private static RunResult Run(int commit, double nanoseconds, bool counted)
    {
        var builder = new RunResultBuilder($"r{commit}")
            .AtCommit(Snapshots.Sha(commit), Snapshots.T0.AddHours(commit), commit > 1 ? [Snapshots.Sha(commit - 1)] : [])
            .StartedAt(Snapshots.T0.AddHours(commit))
            .WithResult(Result("wall-time", "ns", [nanoseconds * 0.99, nanoseconds, nanoseconds * 1.01]));
        return (counted ? builder.WithResult(Result("instructions", "count", [2_000_000])) : builder).Build();
    }

    private static BenchmarkResult Result(string metric, string unit, double[] samples) => new()
    {
        Benchmark = "suite/work",
        Engine = new EngineInfo { Name = "native", Config = "musl-static" },
        Phase = "execute",
        Metric = metric,
        Unit = unit,
        Better = Better.Lower,
        Samples = samples,
    };
}
