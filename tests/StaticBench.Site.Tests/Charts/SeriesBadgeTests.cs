using System.Xml.Linq;
using StaticBench.Analysis.Findings;
using StaticBench.Site.Charts;
using StaticBench.Site.Tests.Support;

namespace StaticBench.Site.Tests.Charts;

public class SeriesBadgeTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Fact]
    public void A_badge_shows_the_series_the_latest_value_and_the_status()
    {
        var svg = SeriesBadge.Render(new SeriesBadgeSpec("sort/quick · wasmtime", "ns", 1_234_567, new SeriesStatus(SeriesState.Regression, 0.041)));

        var texts = XDocument.Parse(svg).Descendants(Svg + "text").Select(t => t.Value).ToArray();
        texts.ShouldBe(["sort/quick · wasmtime", "1.23 ms · regression +4.1%"]);
    }

    [Theory]
    [InlineData(SeriesState.Regression, "#cf222e")]
    [InlineData(SeriesState.Improvement, "#1a7f37")]
    [InlineData(SeriesState.NoChange, "#656d76")]
    [InlineData(SeriesState.TooLittleData, "#4f6d8a")]
    public void The_status_part_takes_the_status_colour_and_every_text_reads_at_4_5_to_1(SeriesState state, string colour)
    {
        var document = XDocument.Parse(SeriesBadge.Render(new SeriesBadgeSpec("s", "ns", 1, new SeriesStatus(state))));

        var fills = document.Descendants(Svg + "rect").Select(r => (string?)r.Attribute("fill")).Where(f => f != null).Select(f => f!).ToArray();
        fills.ShouldBe([ChartPalette.BadgeLabel, colour]);
        var textFill = (string)document.Descendants(Svg + "g").Single(g => g.Attribute("font-family") != null).Attribute("fill")!;
        fills.ShouldAllBe(f => Contrast.Ratio(textFill, f) >= 4.5);
    }

    [Theory]
    [InlineData("</script><script>alert(1)</script>", "ns")]
    [InlineData("<svg onload=alert(1)>", "\" onmouseover=\"alert(2)")]
    [InlineData("a & b ' \" < >", "<b>&amp;</b>")]
    public void Hostile_labels_and_units_stay_text(string label, string unit)
    {
        // Given a series whose name and unit try to leave their text node or attribute
        var spec = new SeriesBadgeSpec(label, unit, 12, new SeriesStatus(SeriesState.NoChange));

        // When the badge is rendered
        var svg = SeriesBadge.Render(spec);

        // Then it parses, holds only the badge's own elements and attributes, and shows the strings as text
        var document = XDocument.Parse(svg);
        document.Descendants().Select(e => e.Name.LocalName).Distinct().ShouldBeSubsetOf(["svg", "title", "clipPath", "rect", "g", "text"]);
        document.Descendants().SelectMany(e => e.Attributes()).Select(a => a.Name.LocalName).Distinct()
            .ShouldBeSubsetOf(["xmlns", "width", "height", "role", "aria-label", "id", "rx", "clip-path", "fill", "x", "y", "text-anchor", "font-family", "font-size", "textLength", "lengthAdjust"]);
        var texts = document.Descendants(Svg + "text").Select(t => t.Value).ToArray();
        texts[0].ShouldBe(label);
        texts[1].ShouldStartWith($"12 {unit}");
        HtmlChecks.InjectedMarkup(HtmlChecks.Parse($"<html><body>{svg}</body></html>")).ShouldBeEmpty();
    }

    [Fact]
    public void A_long_series_name_is_cut_in_the_middle_keeping_both_ends()
    {
        var label = "vm-a · " + string.Concat(Enumerable.Repeat("deeply/nested/", 10)) + "quick · wasmtime · compile · time";

        var text = XDocument.Parse(SeriesBadge.Render(new SeriesBadgeSpec(label, "ns", 1, new SeriesStatus(SeriesState.NoChange))))
            .Descendants(Svg + "text").First().Value;

        text.ShouldStartWith("vm-a · deeply");
        text.ShouldEndWith("compile · time");
        text.ShouldContain("…");
        text.Length.ShouldBeLessThan(label.Length);
    }

    [Fact]
    public void Cutting_never_splits_a_character_made_of_two_utf16_units()
    {
        var label = string.Concat(Enumerable.Repeat("😀", 200));

        var text = XDocument.Parse(SeriesBadge.Render(new SeriesBadgeSpec(label, "ns", null, new SeriesStatus(SeriesState.TooLittleData))))
            .Descendants(Svg + "text").First().Value;

        text.ShouldContain("…");
        text.Replace("…", "").Replace("😀", "").ShouldBeEmpty();
    }
}
