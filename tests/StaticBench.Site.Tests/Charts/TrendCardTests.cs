using SkiaSharp;
using StaticBench.Analysis.Findings;
using StaticBench.Site.Charts;

namespace StaticBench.Site.Tests.Charts;

public class TrendCardTests
{
    /// <summary>The card's first text row, where only the name is drawn.</summary>
    private static readonly SKRectI NameRow = new(2, 8, 478, 34);

    private static readonly double[] Values = [.. ChartSpecs.Line("x", 500, 1.2e6).Median];

    [Fact]
    public void A_card_is_a_480_by_140_png_that_renders_the_same_bytes_twice()
    {
        var spec = new TrendCardSpec("sort/quick", "ns", Values, new SeriesStatus(SeriesState.Regression, 0.041), "wasmtime · compile · vm-a");

        var (first, second) = (TrendCard.RenderPng(spec), TrendCard.RenderPng(spec));

        second.ShouldBe(first);
        using var bitmap = SKBitmap.Decode(first);
        (bitmap.Width, bitmap.Height).ShouldBe((480, 140));
    }

    [Fact]
    public void A_card_given_only_the_values_it_draws_is_the_card_of_the_whole_history()
    {
        // Given a history longer than the sparkline, whose newest value is its latest (the site passes only those)
        var status = new SeriesStatus(SeriesState.Regression, 0.041);
        var whole = new TrendCardSpec("sort/quick", "ns", Values, status, "wasmtime");
        var drawn = whole with { Values = Values[^TrendCard.SparkPoints..] };

        // Then both draw the same bytes
        TrendCard.RenderPng(drawn).ShouldBe(TrendCard.RenderPng(whole));
    }

    [Fact]
    public void The_name_is_drawn_and_an_empty_name_leaves_its_row_blank()
    {
        // Given the same card with and without a name
        var named = TrendCard.RenderPng(new TrendCardSpec("sort/quick", "ns", Values, new SeriesStatus(SeriesState.NoChange)));
        var nameless = TrendCard.RenderPng(new TrendCardSpec("", "ns", Values, new SeriesStatus(SeriesState.NoChange)));

        // Then only the name puts ink in the first row (a missing font would leave it blank too)
        ChartSpecs.InkIn(named, NameRow, ChartPalette.LightBackground).ShouldBeGreaterThan(50);
        ChartSpecs.InkIn(nameless, NameRow, ChartPalette.LightBackground).ShouldBe(0);
    }

    [Fact]
    public void A_name_too_long_for_the_card_is_cut_before_the_edge()
    {
        // Given a name far wider than the card, with a line break in it
        var name = string.Concat(Enumerable.Repeat("very-long-benchmark-name/", 20)) + "\n</script>";

        // When rendered
        var png = TrendCard.RenderPng(new TrendCardSpec(name, "ns", Values, new SeriesStatus(SeriesState.TooLittleData)));

        // Then the name row has ink, but none in the right-hand padding
        ChartSpecs.InkIn(png, NameRow, ChartPalette.LightBackground).ShouldBeGreaterThan(50);
        ChartSpecs.InkIn(png, new SKRectI(468, 8, 478, 34), ChartPalette.LightBackground).ShouldBe(0);
    }

    [Fact]
    public void A_card_without_values_says_so_instead_of_failing()
    {
        var png = TrendCard.RenderPng(new TrendCardSpec("new", "ns", [], new SeriesStatus(SeriesState.TooLittleData), Dark: true));

        using var bitmap = SKBitmap.Decode(png);
        bitmap.GetPixel(240, 70).ShouldBe(SKColor.Parse(ChartPalette.DarkBackground));
    }

    [Theory]
    [InlineData(SeriesState.Regression, 0.041, "regression +4.1%")]
    [InlineData(SeriesState.Improvement, -0.03, "improvement -3.0%")]
    [InlineData(SeriesState.Regression, null, "regression")]
    [InlineData(SeriesState.NoChange, 0.001, "no change")]
    [InlineData(SeriesState.TooLittleData, null, "too little data")]
    public void Statuses_read_as_a_word_and_the_size_of_the_step_without_the_commit(SeriesState state, double? change, string expected) =>
        SeriesStatusText.Short(new SeriesStatus(state, change, Commit: "1a2b3c4d5e6f")).ShouldBe(expected);
}
