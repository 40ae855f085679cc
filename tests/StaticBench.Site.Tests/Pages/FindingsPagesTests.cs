using System.Xml.Linq;
using StaticBench.Schema.Model;
using StaticBench.Site.Tests.Support;
using StaticBench.Testing;

namespace StaticBench.Site.Tests.Pages;

/// <summary>The regressions page, its Atom feed, chart markers and scaling plots, fed hostile strings.</summary>
public class FindingsPagesTests
{
    private const string Name = "<script>alert('step')</script>|`x`";
    private const string Note = "<img src=x onerror=alert('ack')> & fine";
    private const string Repository = "https://github.com/org/engine";

    /// <summary>24 commits of a hostile-named benchmark at three sizes; +20% at commit 12 (all sizes), acknowledged for size 10.</summary>
    private static DataSnapshot History(bool acknowledge = true)
    {
        var runs = new List<RecordedRun>();
        var random = new Random(5);
        for (var n = 1; n <= 24; n++)
        {
            var builder = new RunResultBuilder($"run-{n}")
                .AtCommit(Snapshots.Sha(n), Snapshots.T0.AddHours(n), n > 1 ? [Snapshots.Sha(n - 1)] : [])
                .StartedAt(Snapshots.T0.AddHours(n))
                .WithSubject($"commit {n} </title><script>alert('subject')</script>")
                .OnBranch("main", Repository);
            foreach (var size in new[] { 10, 100, 1000 })
            {
                var value = size * size * 100.0 * (n >= 12 ? 1.2 : 1.0) * (1 + 0.002 * random.NextDouble());
                builder.WithResult(new BenchmarkResult
                {
                    Benchmark = Name,
                    Parameters = new Dictionary<string, ParameterValue> { ["size"] = ParameterValue.Of(size), ["mode"] = ParameterValue.Of("<b>m</b>") },
                    Phase = "compile",
                    Metric = "wall-time",
                    Unit = "ns",
                    Better = Better.Lower,
                    Samples = [value],
                });
            }

            runs.Add(Snapshots.Recorded(builder.Build(), n));
        }

        var snapshot = new DataSnapshot { DataCommit = Snapshots.DataCommit, Runs = runs };
        var series = Analysis.Series.SeriesBuilder.BuildSeries(runs).Series.First(s => s.Key.Parameters.Contains("size=10,", StringComparison.Ordinal) || s.Key.Parameters.EndsWith("size=10", StringComparison.Ordinal));
        return acknowledge
            ? snapshot with { Acknowledgements = [new Acknowledgement("acknowledgements/<x>.json", series.Id, Snapshots.Sha(12)[..10], Note)] }
            : snapshot;
    }

    [Fact]
    public void The_regressions_page_lists_each_step_with_its_commit_range_and_marks_the_acknowledged_one()
    {
        var output = SiteHarness.Generate(History());
        var page = HtmlChecks.Parse(output.Text("regressions.html"));

        HtmlChecks.InjectedMarkup(page).ShouldBeEmpty();
        var rows = page.QuerySelectorAll("tbody tr");
        rows.Length.ShouldBe(3);
        rows.ShouldAllBe(r => r.ClassList.Contains("regression"));
        rows.Count(r => r.ClassList.Contains("acknowledged")).ShouldBe(1);
        page.QuerySelector("tr.acknowledged")!.TextContent.ShouldContain(Note);
        var link = rows[0].QuerySelector("td:nth-child(4) a")!.GetAttribute("href");
        link.ShouldBe($"{Repository}/compare/{Snapshots.Sha(11)}...{Snapshots.Sha(12)}");
        rows[0].TextContent.ShouldContain(Name);
        page.QuerySelector("nav a[aria-current]")!.TextContent.ShouldBe("Regressions (2)");
    }

    [Fact]
    public void The_atom_feed_is_valid_escaped_and_identical_for_unchanged_data()
    {
        var first = SiteHarness.Generate(History()).Text("regressions.atom");
        var second = SiteHarness.Generate(History()).Text("regressions.atom");

        second.ShouldBe(first);
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var feed = XDocument.Parse(first).Root!;
        feed.Name.ShouldBe(atom + "feed");
        feed.Element(atom + "updated")!.Value.ShouldBe("2026-11-01T21:00:00Z");
        var entries = feed.Elements(atom + "entry").ToArray();
        entries.Length.ShouldBe(3);
        entries.Select(e => e.Element(atom + "id")!.Value).ShouldAllBe(id => id.StartsWith("urn:staticbench:finding:", StringComparison.Ordinal));
        entries.Select(e => e.Element(atom + "id")!.Value).Distinct().Count().ShouldBe(3);
        entries.ShouldAllBe(e => e.Element(atom + "title")!.Value.Contains(Name));
        entries.Count(e => e.Element(atom + "title")!.Value.StartsWith("[acknowledged]", StringComparison.Ordinal)).ShouldBe(1);
        first.ShouldNotContain("<script>");

        // Each entry carries its series' chart image, a file of the site
        var output = SiteHarness.Generate(History());
        entries.Select(e => e.Elements(atom + "link").Single(l => l.Attribute("rel")!.Value == "enclosure").Attribute("href")!.Value)
            .ShouldAllBe(href => href.StartsWith("images/", StringComparison.Ordinal) && output.Files.ContainsKey(href));
    }

    [Fact]
    public void Trend_charts_mark_the_step_and_the_benchmark_page_plots_the_scaling_fit()
    {
        var output = SiteHarness.Generate(History(acknowledge: false));
        var pagePath = output.Files.Keys.Single(p => p.StartsWith("benchmarks/", StringComparison.Ordinal) && p.EndsWith(".html", StringComparison.Ordinal));
        var page = HtmlChecks.Parse(output.Text(pagePath));

        HtmlChecks.InjectedMarkup(page).ShouldBeEmpty();
        using var data = DataScripts.Read(output, output.Files.Keys.Single(p => p.StartsWith("data/bench/", StringComparison.Ordinal)));
        var markers = data.RootElement.GetProperty("charts").EnumerateArray().SelectMany(c => c.GetProperty("markers").EnumerateArray()).ToArray();
        markers.Length.ShouldBe(3);
        // The planted +20% step, as measured (the drift estimate between steps moves it by a tenth of a percent)
        markers.ShouldAllBe(m => m.GetProperty("kind").GetString() == "regression"
            && System.Text.RegularExpressions.Regex.IsMatch(m.GetProperty("text").GetString()!, @"^regression \+(19\.[89]|20\.[012])%"));
        var scaling = page.QuerySelectorAll("figure[id^=scaling-]").ShouldHaveSingleItem();
        scaling.QuerySelector("ul.fits")!.TextContent.ShouldContain("exponent 2.00");
        scaling.QuerySelector("figcaption")!.TextContent.ShouldContain("super-linear");
        var image = scaling.QuerySelector("img.scaling-image")!.GetAttribute("src")!.Replace("../", "");
        output.Files[image].AsSpan(1, 3).ToArray().ShouldBe("PNG"u8.ToArray());
    }

    /// <summary>A plain-named series, one run a commit at 1% noise: 20% slower from commit 41, back from commit 81.</summary>
    private static DataSnapshot Excursion(int commits)
    {
        var random = new Random(9);
        var runs = Enumerable.Range(1, commits).Select(n => Snapshots.Recorded(new RunResultBuilder($"run-{n}")
            .AtCommit(Snapshots.Sha(n), Snapshots.T0.AddHours(n), n > 1 ? [Snapshots.Sha(n - 1)] : [])
            .StartedAt(Snapshots.T0.AddHours(n))
            .OnBranch("main", Repository)
            .WithResult(new BenchmarkResult
            {
                Benchmark = "sort", Phase = "execute", Metric = "wall-time", Unit = "ns", Better = Better.Lower,
                Samples = [1e6 * (n is > 40 and <= 80 ? 1.2 : 1.0) * (1 + 0.01 * (random.NextDouble() - 0.5))],
            }).Build(), n)).ToList();
        return new DataSnapshot { DataCommit = Snapshots.DataCommit, Runs = runs };
    }

    [Fact]
    public void A_regression_is_listed_open_until_a_later_step_undoes_it_then_as_undone_issue_14()
    {
        // Given the history before the fix: the regression is open, counted in the nav, plain in the feed
        var before = SiteHarness.Generate(Excursion(60));
        var page = HtmlChecks.Parse(before.Text("regressions.html"));
        page.QuerySelectorAll("tbody tr").ShouldHaveSingleItem().TextContent.ShouldContain("open");
        page.QuerySelector("nav a[aria-current]")!.TextContent.ShouldBe("Regressions (1)");

        // When the fix has landed and been confirmed (50 commits later)
        var after = SiteHarness.Generate(Excursion(130));
        page = HtmlChecks.Parse(after.Text("regressions.html"));

        // Then both steps (and the creep their rise made) stay listed, each marked undone with the excursion's size and span, none open
        var rows = page.QuerySelectorAll("tbody tr");
        rows.Count(r => !r.ClassList.Contains("gradual")).ShouldBe(2, string.Join("\n", rows.Select(r => r.TextContent)));
        rows.ShouldAllBe(r => r.TextContent.Contains("undone: excursion up to +20.", StringComparison.Ordinal) && r.TextContent.Contains("(2 steps, 40 commits)", StringComparison.Ordinal));
        rows.ShouldAllBe(r => !r.TextContent.Contains("open", StringComparison.Ordinal));
        page.QuerySelector("nav a[aria-current]")!.TextContent.ShouldBe("Regressions");
        after.Text("regressions.atom").ShouldContain("[undone] regression +20.");
    }
}
