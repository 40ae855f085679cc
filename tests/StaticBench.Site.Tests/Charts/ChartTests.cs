using StaticBench.Analysis.Series;
using StaticBench.Site.Charts;
using StaticBench.Site.Tests.Support;

namespace StaticBench.Site.Tests.Charts;

public class ChartTests
{
    [Theory]
    [InlineData(0.93, 1.27, new[] { 0.9, 1.0, 1.1, 1.2, 1.3 })]
    [InlineData(5, 5, new[] { 4.6, 4.8, 5.0, 5.2, 5.4 })]
    [InlineData(0, 0, new[] { -1, -0.5, 0, 0.5, 1 })]
    public void Axis_ticks_are_round_numbers_covering_the_data(double low, double high, double[] expected) =>
        AxisScale.Covering(low, high).Ticks.ShouldBe(expected, tolerance: 1e-9);

    [Fact]
    public void Svg_text_escaping_covers_markup_and_quotes() =>
        SvgMarkup.Escape("<a href=\"x\">'&'</a>").ShouldBe("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
}
