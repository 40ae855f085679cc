using StaticBench.Site.Tests.Support;

namespace StaticBench.Site.Tests.Pages;

/// <summary>The site must work from file://: relative links only, and every one of them must resolve.</summary>
public class LinkTests
{
    [Theory]
    [InlineData("small")]
    [InlineData("hostile")]
    public void Every_internal_link_resolves_to_a_generated_file(string snapshot)
    {
        var output = SiteHarness.Generate(snapshot == "small" ? Snapshots.Small() : HostileSnapshot.Create());

        var checkedLinks = 0;
        foreach (var page in output.Files.Keys.Where(p => p.EndsWith(".html", StringComparison.Ordinal)))
        {
            var document = HtmlChecks.Parse(output.Text(page));
            foreach (var url in document.All.SelectMany(e => new[] { e.GetAttribute("href"), e.GetAttribute("src") }).OfType<string>())
            {
                if (url.StartsWith("https://", StringComparison.Ordinal) || url.StartsWith("mailto:", StringComparison.Ordinal) || url.StartsWith('#'))
                {
                    continue;
                }

                url.ShouldNotStartWith("/", customMessage: $"{page} links to root-absolute {url}");
                url.ShouldNotContain("://", customMessage: $"{page} links to {url}");
                var target = Resolve(page, url);
                output.Files.ContainsKey(target).ShouldBeTrue($"{page} links to {url}");
                checkedLinks++;
            }
        }

        checkedLinks.ShouldBeGreaterThan(20);
    }

    [Fact]
    public void Pages_reference_no_external_resources()
    {
        var output = SiteHarness.Generate(Snapshots.Small());

        foreach (var page in output.Files.Keys.Where(p => p.EndsWith(".html", StringComparison.Ordinal)))
        {
            var document = HtmlChecks.Parse(output.Text(page));
            document.QuerySelectorAll("link[href], script, img[src]").Select(e => e.GetAttribute("href") ?? e.GetAttribute("src") ?? "")
                .ShouldAllBe(u => !u.Contains("//"));
        }
    }

    private static string Resolve(string page, string url)
    {
        var path = url.Split('#', '?')[0];
        var parts = page.Split('/').SkipLast(1).ToList();
        foreach (var segment in Uri.UnescapeDataString(path).Split('/'))
        {
            if (segment == "..")
            {
                parts.Count.ShouldBeGreaterThan(0, $"{page}: {url} leaves the site");
                parts.RemoveAt(parts.Count - 1);
            }
            else if (segment is not ("." or ""))
            {
                parts.Add(segment);
            }
        }

        return string.Join("/", parts);
    }
}
