using System.Xml.Linq;
using StaticBench.Site.Charts;

namespace StaticBench.Site.Tests.Charts;

public class ScalingImageTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static string[] Texts(string svg) =>
        XDocument.Parse(svg).Descendants(Svg + "text").Select(t => t.Value.Trim()).ToArray();

    private static ScalingImageLine Line(string name, int colour, double exponent) =>
        new(name, colour, [1_000, 10_000, 100_000], [.. new[] { 1_000.0, 10_000, 100_000 }.Select(s => 50 * Math.Pow(s, exponent))],
            50 * Math.Pow(1_000, exponent), 50 * Math.Pow(100_000, exponent));

    [Fact]
    public void Every_engine_is_named_with_its_exponent_and_both_log_axes_are_labelled_issue_12()
    {
        // Given two engines over three sizes, one growing linearly and one quadratically
        var spec = new ScalingImageSpec("compile · wall-time · by bytes", "ns", "bytes", [Line("v8: exponent 1.00", 0, 1), Line("cranelift: exponent 2.00, super-linear", 1, 2)]);

        // When the plot is rendered as SVG
        var texts = Texts(ScalingImage.RenderSvg(spec));

        // Then the title, each engine with its exponent, the size axis and round size and time ticks are text in it
        texts.ShouldContain("compile · wall-time · by bytes");
        texts.ShouldContain("v8: exponent 1.00");
        texts.ShouldContain("cranelift: exponent 2.00, super-linear");
        texts.ShouldContain("bytes (log)");
        texts.ShouldContain("10k");
        texts.ShouldContain("100k");
        texts.ShouldContain(t => t.EndsWith(" ms", StringComparison.Ordinal) || t.EndsWith(" s", StringComparison.Ordinal));
    }

    [Fact]
    public void A_hostile_engine_name_stays_text()
    {
        const string hostile = "</text><script>alert(1)</script>";
        var svg = ScalingImage.RenderSvg(new ScalingImageSpec(hostile, "ns", "n", [Line(hostile, 0, 1)]));

        XDocument.Parse(svg).Descendants(Svg + "script").ShouldBeEmpty();
        Texts(svg).ShouldContain(hostile);
    }
}
