using System.Diagnostics;
using System.Text.Json;
using StaticBench.Testing;

namespace StaticBench.Site.Tests.Pages;

/// <summary>
/// The vendored uPlot makes its Intl formatters on first use, not when the script runs: ICU's start-up (the number
/// format and the time zone) cost every benchmark page about 25 ms of main-thread time before its first chart, and the
/// site formats every number itself. Replacing the file with an unchanged uPlot fails here (docs/site.md, "Templates").
/// </summary>
public sealed class VendoredUplotTests
{
    [Fact]
    public void Loading_uPlot_makes_no_Intl_formatter_and_its_number_format_still_works_issue_13()
    {
        // Given the uPlot the site ships, loaded as a page loads it
        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(RepositoryRoot.Combine("tests", "StaticBench.Site.Tests", "Pages", "uplot-driver.js"));
        start.ArgumentList.Add(RepositoryRoot.Combine("templates", "assets", "vendor", "uplot", "uPlot.iife.min.js"));
        using var node = Process.Start(start)!;
        var output = node.StandardOutput.ReadToEnd();
        var error = node.StandardError.ReadToEnd();
        node.WaitForExit();
        node.ExitCode.ShouldBe(0, error);
        using var json = JsonDocument.Parse(output);

        // Then loading made no formatter; uPlot's own number format makes one when first asked, and formats as before
        json.RootElement.GetProperty("atLoad").GetInt32().ShouldBe(0);
        json.RootElement.GetProperty("formatted").GetString().ShouldBe("1,234,567.5");
        json.RootElement.GetProperty("afterFormat").GetInt32().ShouldBe(1);
    }
}
