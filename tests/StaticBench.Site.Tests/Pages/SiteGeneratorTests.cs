using StaticBench.Schema.Model;
using StaticBench.Site.Output;
using StaticBench.Site.Tests.Support;

namespace StaticBench.Site.Tests.Pages;

public class SiteGeneratorTests
{
    [Fact]
    public void An_empty_data_repository_still_gets_a_working_site()
    {
        var output = new MemorySiteOutput();

        var report = SiteGenerator.Generate(new DataSnapshot { DataCommit = "", Runs = [] }, SiteHarness.Options, output);

        report.Benchmarks.ShouldBe(0);
        output.Files.Keys.Where(k => !k.StartsWith("assets/", StringComparison.Ordinal)).ShouldBe(
            ["compare.html", "data/commits.js", "data/index.js", "index.html", "index.json", "regressions.atom", "regressions.html", "runs.html"]);
        output.Files.Keys.ShouldContain("assets/style.css");
        output.Files.Keys.ShouldContain("assets/compare.js");
        HtmlChecks.Parse(output.Text("index.html")).QuerySelector("main")!.TextContent.ShouldContain("No results yet.");
    }

    [Fact]
    public void The_report_counts_what_was_built()
    {
        var output = new MemorySiteOutput();

        var report = SiteGenerator.Generate(Snapshots.Small(), SiteHarness.Options, output);

        report.Files.ShouldBe(output.Files.Count);
        report.Benchmarks.ShouldBe(2);
        report.Series.ShouldBe(3);
        report.Skipped.ShouldBe(1);
        report.Written.ShouldBe(output.Files.Count);
        report.Warnings.ShouldBeEmpty();
    }

    [Fact]
    public void A_missing_templates_folder_is_reported_clearly() =>
        Should.Throw<DirectoryNotFoundException>(() => SiteGenerator.Generate(
            Snapshots.Small(), SiteHarness.Options with { TemplatesDirectory = "/nonexistent/templates" }, new MemorySiteOutput()))
            .Message.ShouldContain("/nonexistent/templates");
}
