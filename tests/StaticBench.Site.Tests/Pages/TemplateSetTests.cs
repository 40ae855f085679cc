using StaticBench.Site.Templates;
using StaticBench.Site.Tests.Support;
using StaticBench.Testing;

namespace StaticBench.Site.Tests.Pages;

/// <summary>User-overridden templates get the same escaping guarantees as the shipped ones.</summary>
public class TemplateSetTests
{
    private static TempDirectory CopyOfDefaultTemplates()
    {
        var temp = new TempDirectory();
        foreach (var file in Directory.GetFiles(SiteOptions.DefaultTemplatesDirectory, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(temp.Path, Path.GetRelativePath(SiteOptions.DefaultTemplatesDirectory, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return temp;
    }

    [Fact]
    public void An_indented_partial_call_without_tilde_in_a_user_template_still_escapes()
    {
        using var templates = CopyOfDefaultTemplates();
        var index = templates.Combine("index.hbs");
        File.WriteAllText(index, File.ReadAllText(index).Replace("{{~> skipped-table}}", "\n  {{> skipped-table}}\n"));

        var output = new StaticBench.Site.Output.MemorySiteOutput();
        SiteGenerator.Generate(HostileSnapshot.Create(), SiteHarness.Options with { TemplatesDirectory = templates.Path }, output);

        HtmlChecks.InjectedMarkup(HtmlChecks.Parse(output.Text("index.html"))).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("{{{Site.Title}}}")]
    [InlineData("{{& Site.Title}}")]
    public void Unescaped_output_in_a_template_is_refused(string expression)
    {
        using var templates = CopyOfDefaultTemplates();
        File.AppendAllText(templates.Combine("runs.hbs"), expression);

        Should.Throw<InvalidDataException>(() => TemplateSet.Load(templates.Path)).Message.ShouldContain("runs.hbs");
    }

    [Theory]
    [InlineData("runs.hbs")]
    [InlineData("regressions.hbs")]
    [InlineData("compare.hbs")]
    public void A_templates_folder_missing_a_page_template_is_refused_with_its_name_before_anything_is_written_issue_12(string missing)
    {
        // Given a user's copy of the templates without one page template
        using var templates = CopyOfDefaultTemplates();
        File.Delete(templates.Combine(missing));
        var output = new StaticBench.Site.Output.MemorySiteOutput();

        // When a site is built with it, then the build stops with a clear error naming the file, and wrote nothing
        Should.Throw<FileNotFoundException>(() => SiteGenerator.Generate(HostileSnapshot.Create(), SiteHarness.Options with { TemplatesDirectory = templates.Path }, output))
            .Message.ShouldContain(missing);
        output.Files.ShouldBeEmpty();
    }

    [Fact]
    public void A_runs_template_that_reads_the_site_is_refused_since_its_pages_are_kept_by_their_own_runs_issue_13()
    {
        // Given a user's runs template that shows the site's title in the body, which a kept runs page would not follow
        using var templates = CopyOfDefaultTemplates();
        File.AppendAllText(templates.Combine("runs.hbs"), "{{@root.Site.Title}}");

        // When a site is built with it, then rendering the runs pages fails, naming what the template read
        Should.Throw<Exception>(() => SiteGenerator.Generate(Snapshots.Small(), SiteHarness.Options with { TemplatesDirectory = templates.Path }, new StaticBench.Site.Output.MemorySiteOutput()))
            .ToString().ShouldContain("Site");
    }

    [Fact]
    public void The_template_fingerprint_changes_with_any_template_or_partial_text()
    {
        using var templates = CopyOfDefaultTemplates();
        var before = TemplateSet.Load(templates.Path).Fingerprint;
        TemplateSet.Load(templates.Path).Fingerprint.ShouldBe(before);

        File.AppendAllText(templates.Combine("partials", "commit.hbs"), " ");
        var partialChanged = TemplateSet.Load(templates.Path).Fingerprint;
        partialChanged.ShouldNotBe(before);

        File.AppendAllText(templates.Combine("runs.hbs"), " ");
        TemplateSet.Load(templates.Path).Fingerprint.ShouldNotBeOneOf(before, partialChanged);
    }

    [Fact]
    public void The_pages_name_every_template_they_render()
    {
        // Given the shipped templates, when the page list is asked which templates it needs
        var required = SiteGenerator.RequiredTemplates(SiteGenerator.Pages(TemplateSet.Load(SiteOptions.DefaultTemplatesDirectory)));

        // Then it names each page template once, the layout first
        required.ShouldBe(["layout", "index", "benchmark", "compare", "runs", "regressions", "references", "document"]);
    }

    [Fact]
    public void Trusted_helper_escapes_anything_that_is_not_trusted_html()
    {
        using var templates = CopyOfDefaultTemplates();
        File.WriteAllText(templates.Combine("document.hbs"), "{{trusted Page.Title}}|{{trusted Page.Html}}");
        var set = TemplateSet.Load(templates.Path);

        var html = set.Render("document", new { Page = new { Title = "<b>x</b>", Html = new TrustedHtml("<p>ok</p>") } });

        html.ShouldBe("&lt;b&gt;x&lt;/b&gt;|<p>ok</p>");
    }

    private readonly record struct Span(int From, int To);

    private sealed class Row
    {
        public string Name = "<field>";

        public bool Flagged { get; init; }

        public double Ratio { get; init; }

        public Span Span { get; init; }

        public IReadOnlyList<string> Tags { get; init; } = [];
    }

    [Fact]
    public void Templates_read_fields_properties_of_value_types_and_lists_case_insensitively()
    {
        // Given a template that reads a model's members the ways the shipped templates do
        using var templates = CopyOfDefaultTemplates();
        File.WriteAllText(templates.Combine("document.hbs"),
            "{{#each Rows}}{{name}} {{#if Flagged}}flagged{{/if}} {{Ratio}} {{Span.From}}-{{span.to}} {{#each Tags}}{{this}},{{/each}}|{{/each}}");
        var set = TemplateSet.Load(templates.Path);

        // When it renders rows with a field, a bool, a double, a struct and a list
        var html = set.Render("document", new { Rows = new[] { new Row { Flagged = true, Ratio = 1.5, Span = new Span(2, 9), Tags = ["a", "b"] }, new Row() } });

        // Then every member is read, escaped, whatever its kind and however the template spells its name
        html.ShouldBe("&lt;field&gt; flagged 1.5 2-9 a,b,|&lt;field&gt;  0 0-0 |");
    }

    [Fact]
    public void A_template_naming_a_member_the_model_lacks_is_refused_with_the_name()
    {
        using var templates = CopyOfDefaultTemplates();
        File.WriteAllText(templates.Combine("document.hbs"), "{{Page.Missing}}");
        var set = TemplateSet.Load(templates.Path);

        Should.Throw<Exception>(() => set.Render("document", new { Page = new Row() })).Message.ShouldContain("Missing");
    }
}
