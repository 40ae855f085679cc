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

    [Fact]
    public void Published_numbers_are_drawn_as_their_own_labelled_series_and_change_the_image_key()
    {
        // Given a plot of one engine, and the same plot with a source's published numbers beside it
        var ours = new ScalingImageSpec("execute · wall-time · by n", "ns", "n", [Line("wasmtime: exponent 1.00", 0, 1)]);
        var withReference = ours with
        {
            References = [new ScalingImageReference("Miden VM v0.7 (Apple M1 Pro, single thread) · execution-time (vm-cycles)", [1_024, 4_096, 16_384], [1e6, 2e6, 8e6])],
        };

        // When both are rendered
        var texts = Texts(ScalingImage.RenderSvg(withReference));

        // Then the reference is in the legend under its own label, the engine keeps its own, and the memo tells the two images apart
        texts.ShouldContain("Miden VM v0.7 (Apple M1 Pro, single thread) · execution-time (vm-cycles)");
        texts.ShouldContain("wasmtime: exponent 1.00");
        texts.Count(t => t.Contains("exponent", StringComparison.Ordinal)).ShouldBe(1, "a reference gets no fit");
        ChartImageKey.Of(withReference).ShouldNotBe(ChartImageKey.Of(ours));
        Texts(ScalingImage.RenderSvg(ours)).ShouldNotContain(t => t.StartsWith("Miden", StringComparison.Ordinal));
    }
}
