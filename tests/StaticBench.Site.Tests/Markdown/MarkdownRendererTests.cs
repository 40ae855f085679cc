using StaticBench.Site.Markdown;
using StaticBench.Site.Tests.Support;

namespace StaticBench.Site.Tests.Markdown;

public class MarkdownRendererTests
{
    [Fact]
    public void Raw_html_is_shown_as_text()
    {
        var html = MarkdownRenderer.Render("<script>alert(1)</script>\n\nhi <img src=x onerror=alert(2)>", out _).Value;

        var document = HtmlChecks.Parse(html);
        HtmlChecks.InjectedMarkup(document).ShouldBeEmpty();
        document.QuerySelectorAll("img").ShouldBeEmpty();
        document.Body!.TextContent.ShouldContain("<script>alert(1)</script>");
    }

    [Theory]
    [InlineData("[x](javascript:alert(1))")]
    [InlineData("[x](JavaScript:alert(1))")]
    [InlineData("[x](java\tscript:alert(1))")]
    [InlineData("<javascript:alert(1)>")]
    [InlineData("![x](javascript:alert(1))")]
    [InlineData("[x][r]\n\n[r]: javascript:alert(1)")]
    [InlineData("[x](data:text/html;base64,PHNjcmlwdD4=)")]
    public void Script_urls_are_neutralized(string markdown)
    {
        var document = HtmlChecks.Parse(MarkdownRenderer.Render(markdown, out _).Value);

        HtmlChecks.InjectedMarkup(document).ShouldBeEmpty();
    }

    [Fact]
    public void Generic_attributes_cannot_add_event_handlers()
    {
        var document = HtmlChecks.Parse(MarkdownRenderer.Render("# Title {onclick=\"alert(1)\"}", out var title).Value);

        HtmlChecks.InjectedMarkup(document).ShouldBeEmpty();
        title.ShouldNotBeNull();
    }

    [Fact]
    public void Links_to_markdown_files_point_to_their_pages_and_tables_render()
    {
        var html = MarkdownRenderer.Render("# Notes\n\n[a](notes/x.md#part) [b](https://example.com/y.md)\n\n| a |\n|---|\n| 1 |", out var title).Value;

        title.ShouldBe("Notes");
        html.ShouldContain("href=\"notes/x.html#part\"");
        html.ShouldContain("href=\"https://example.com/y.md\"");
        html.ShouldContain("<table>");
    }

    [Theory]
    [InlineData("about.md", "about.html")]
    [InlineData("notes/2026-11 v8.md", "notes/2026-11-v8-")]
    [InlineData("index.md", "docs/index.html")]
    [InlineData("benchmarks/x.md", "docs/benchmarks/x.html")]
    public void Document_pages_keep_their_path_when_safe(string source, string expectedPrefix) =>
        DocumentPaths.PageFor(source)!.ShouldStartWith(expectedPrefix);

    [Theory]
    [InlineData("../x.md")]
    [InlineData("notes/../../x.md")]
    public void Documents_that_would_leave_the_site_get_no_page(string source) =>
        DocumentPaths.PageFor(source).ShouldBeNull();
}
