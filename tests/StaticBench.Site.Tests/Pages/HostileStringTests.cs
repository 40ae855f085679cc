using StaticBench.Site.Tests.Support;

namespace StaticBench.Site.Tests.Pages;

/// <summary>Every page kind and every template, fed strings that try to inject markup or script URLs.</summary>
public class HostileStringTests
{
    private static readonly SiteOptions HostileTitle = SiteHarness.Options with { Title = "<script>alert(0)</script>" };

    [Fact]
    public void No_page_contains_injected_elements_attributes_or_script_urls()
    {
        var output = SiteHarness.Generate(HostileSnapshot.Create(), out var templates);

        var pages = output.Files.Keys.Where(p => p.EndsWith(".html", StringComparison.Ordinal)).ToArray();
        pages.Length.ShouldBeGreaterThan(5);
        foreach (var page in pages)
        {
            var problems = HtmlChecks.InjectedMarkup(HtmlChecks.Parse(output.Text(page)));
            problems.ShouldBeEmpty($"{page}: {string.Join("; ", problems)}");
        }

        // Every template (and through them every partial) was rendered with hostile data.
        templates.Used.Order().ShouldBe(templates.Names.Order());
    }

    [Fact]
    public void Hostile_names_show_as_text_in_html_and_data()
    {
        var output = SiteHarness.Generate(HostileSnapshot.Create());
        var index = HtmlChecks.Parse(output.Text("index.html"));

        index.QuerySelectorAll("#series-table td a").Select(a => a.TextContent).ShouldContain(HostileSnapshot.ScriptName);
        index.QuerySelectorAll("td").Select(td => td.TextContent).ShouldContain(HostileSnapshot.Machine);
        index.QuerySelector("footer")!.TextContent.ShouldContain("from data commit <script");

        var page = output.Files.Keys.Single(p => p.StartsWith("benchmarks/script-alert-1-script-", StringComparison.Ordinal) && p.EndsWith(".html", StringComparison.Ordinal));
        var benchmark = HtmlChecks.Parse(output.Text(page));
        benchmark.QuerySelector("h1")!.TextContent.ShouldBe(HostileSnapshot.ScriptName);
        benchmark.QuerySelectorAll("img.chart-image").Select(i => i.GetAttribute("alt")).ShouldContain(a => a!.Contains("</title><script>alert(8)</script>"));
        using var commits = DataScripts.Read(output, "data/commits.js");
        commits.RootElement.GetProperty("commits").EnumerateArray().ShouldAllBe(c => c[2].GetString() == HostileSnapshot.Subject);
    }

    [Fact]
    public void Hostile_names_stay_inert_inside_the_data_scripts_issue_12()
    {
        // Given a history whose benchmark, machine and commit subject are hostile
        var output = SiteHarness.Generate(HostileSnapshot.Create());

        foreach (var path in output.Files.Keys.Where(p => p.StartsWith("data/", StringComparison.Ordinal)))
        {
            // When a data script is read as the browser would
            var text = output.Text(path);

            // Then nothing in it can end a script element or the statement, and its JSON reads back as the names themselves
            text.ShouldNotContain("<", customMessage: path);
            text.ShouldNotContain("\u2028", customMessage: path);
            text.ShouldStartWith("(window.StaticBenchData=window.StaticBenchData||{})[\"");
            text.ShouldEndWith(";\n");
            var json = text[(text.IndexOf("]=", StringComparison.Ordinal) + 2)..^2];
            using var document = System.Text.Json.JsonDocument.Parse(json);
            if (path == "data/index.js")
            {
                var names = document.RootElement.GetProperty("series").EnumerateArray().Select(s => s.GetProperty("benchmark").GetString()).ToArray();
                names.ShouldContain(HostileSnapshot.ScriptName);
                names.ShouldContain(HostileSnapshot.ScriptEnd);
            }
        }
    }

    [Fact]
    public void Site_title_from_options_is_escaped_too()
    {
        var output = new StaticBench.Site.Output.MemorySiteOutput();
        SiteGenerator.Generate(HostileSnapshot.Create(), HostileTitle, output);

        var index = HtmlChecks.Parse(output.Text("index.html"));
        index.Title.ShouldBe("<script>alert(0)</script>");
        HtmlChecks.InjectedMarkup(index).ShouldBeEmpty();
    }

    [Fact]
    public void Hostile_names_never_become_paths_outside_the_site()
    {
        var output = SiteHarness.Generate(HostileSnapshot.Create());

        output.Files.Keys.ShouldAllBe(p => !p.Contains("..") && !p.Contains('<') && !p.Contains('"'));
        output.Files.Keys.ShouldNotContain(p => p.Contains("outside"));
        output.Files.Keys.Count(p => p.StartsWith("benchmarks/", StringComparison.Ordinal) && p.EndsWith(".html", StringComparison.Ordinal)).ShouldBe(HostileSnapshot.Benchmarks.Length);
    }

    [Fact]
    public void Commit_links_are_never_emitted_for_script_repositories()
    {
        var output = SiteHarness.Generate(HostileSnapshot.Create());

        var runs = HtmlChecks.Parse(output.Text("runs.html"));
        runs.QuerySelectorAll("td a").ShouldBeEmpty();
        runs.QuerySelectorAll("td code").Select(c => c.TextContent).ShouldContain(Snapshots.Sha(1)[..7]);
    }
}
