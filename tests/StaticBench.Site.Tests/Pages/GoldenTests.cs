using StaticBench.Site.Tests.Support;

namespace StaticBench.Site.Tests.Pages;

/// <summary>Whole-output checks of one small snapshot; update with STATICBENCH_UPDATE_GOLDEN=1 and review the diff.</summary>
public class GoldenTests
{
    [Fact]
    public void Index_page_matches_its_golden_file()
    {
        var output = SiteHarness.Generate(Snapshots.Small());

        Golden.Verify("index.html", output.Text("index.html"));
    }
}
