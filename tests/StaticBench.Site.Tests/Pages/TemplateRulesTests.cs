using System.Text.RegularExpressions;

namespace StaticBench.Site.Tests.Pages;

/// <summary>Rules the shipped templates must follow, checked on the files themselves.</summary>
public partial class TemplateRulesTests
{
    private static IEnumerable<string> TemplateFiles() =>
        Directory.GetFiles(SiteOptions.DefaultTemplatesDirectory, "*.hbs", SearchOption.AllDirectories);

    [Fact]
    public void Templates_never_use_triple_stash()
    {
        // Unescaped output goes through {{trusted X}}, which only passes TrustedHtml built by our code.
        TemplateFiles().ShouldNotBeEmpty();
        foreach (var file in TemplateFiles())
        {
            File.ReadAllText(file).ShouldNotContain("{{{", customMessage: file);
            File.ReadAllText(file).ShouldNotContain("{{&", customMessage: file);
        }
    }

    [Fact]
    public void Partials_are_always_called_with_a_tilde()
    {
        // Handlebars.Net 2.4.3 renders {{Name}} unescaped inside a partial called alone on an indented line.
        foreach (var file in TemplateFiles())
        {
            PartialWithoutTilde().IsMatch(File.ReadAllText(file)).ShouldBeFalse(file);
        }
    }

    [GeneratedRegex(@"\{\{\s*>")]
    private static partial Regex PartialWithoutTilde();
}
