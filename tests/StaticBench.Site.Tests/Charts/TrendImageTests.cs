using System.Diagnostics;
using System.Xml.Linq;
using SkiaSharp;
using StaticBench.Site.Charts;
using StaticBench.Site.Tests.Support;
using Xunit.Abstractions;

namespace StaticBench.Site.Tests.Charts;

public class TrendImageTests(ITestOutputHelper output)
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    /// <summary>The image's top rows, where the title is drawn and nothing else is.</summary>
    private static readonly SKRectI TitleRows = new(0, 0, 800, 30);

    private static string[] Texts(string svg) =>
        XDocument.Parse(svg).Descendants(Svg + "text").Select(t => t.Value.Trim()).ToArray();

    [Fact]
    public void The_svg_names_the_title_every_line_and_labels_both_axes()
    {
        // Given two engines over a few weeks
        var spec = ChartSpecs.Trend("sort/quick · compile", ChartSpecs.Line("wasmtime", 200, 1.2e6, 1), ChartSpecs.Line("wasmer", 200, 1.5e6, 2));

        // When it is rendered as SVG
        var texts = Texts(TrendImage.RenderSvg(spec));

        // Then the title, both legend names, time ticks in ms and ISO dates are text in the image
        texts.ShouldContain("sort/quick · compile");
        texts.ShouldContain("wasmtime");
        texts.ShouldContain("wasmer");
        texts.Count(t => t.EndsWith(" ms", StringComparison.Ordinal)).ShouldBeGreaterThanOrEqualTo(3);
        texts.Count(t => System.Text.RegularExpressions.Regex.IsMatch(t, @"^2026-\d\d-\d\d$")).ShouldBeGreaterThanOrEqualTo(2);
    }

    [Fact]
    public void A_single_series_chart_still_names_its_engine()
    {
        var spec = ChartSpecs.Trend("fib", ChartSpecs.Line("wasmtime", 30, 5e4));

        Texts(TrendImage.RenderSvg(spec)).ShouldContain("wasmtime");
    }

    [Fact]
    public void The_y_range_follows_the_medians_not_the_whiskers()
    {
        // Given medians within 1% of 1 ms and whiskers reaching up to 10 ms
        var spec = ChartSpecs.Trend("noisy", ChartSpecs.Line("v8", 300, 1e6, 3, whisker: 9));

        // When rendered
        var ticks = Texts(TrendImage.RenderSvg(spec)).Where(t => t.EndsWith(" ms", StringComparison.Ordinal)).ToArray();
        using var plot = TrendPlot.Build(spec);
        plot.GetImageBytes(spec.Width, spec.Height, ScottPlot.ImageFormat.Png);
        var drawn = plot.Axes.GetLimits();

        // Then the drawn range stays within 1% of 1 ms (ScottPlot would autoscale to the bands if let),
        // every y tick sits there too, and no two ticks read the same
        drawn.Bottom.ShouldBeGreaterThan(0.99e6);
        drawn.Top.ShouldBeLessThan(1.01e6);
        ticks.Length.ShouldBeGreaterThanOrEqualTo(3);
        ticks.Select(t => double.Parse(t[..^3], System.Globalization.CultureInfo.InvariantCulture)).ShouldAllBe(v => v >= 0.99 && v <= 1.01);
        ticks.Distinct().Count().ShouldBe(ticks.Length);
    }

    [Fact]
    public void A_log_axis_over_three_decades_is_labelled_in_powers_of_ten()
    {
        // Given a line that grows from 1 µs to 1 ms
        var times = Enumerable.Range(0, 4).Select(i => ChartSpecs.T0.AddDays(i)).ToArray();
        double[] values = [1e3, 1e4, 1e5, 1e6];
        var spec = new TrendImageSpec("growth", "ns", [new TrendImageLine("x", times, values, values, values)], [], LogY: true);

        // When rendered on a log axis
        var texts = Texts(TrendImage.RenderSvg(spec));

        // Then the ticks are the decades
        texts.ShouldContain("1 µs");
        texts.ShouldContain("10 µs");
        texts.ShouldContain("100 µs");
        texts.ShouldContain("1 ms");
    }

    [Fact]
    public void Regressions_are_marked_in_red_and_named_in_the_legend()
    {
        var line = ChartSpecs.Line("wasmtime", 100, 1e6);
        var spec = ChartSpecs.Trend("step", line) with { Markers = [new TrendImageMarker(line.Times[60], IsRegression: true)] };

        var svg = TrendImage.RenderSvg(spec);

        Texts(svg).ShouldContain("regression");
        svg.ShouldContain(ChartPalette.Light.Regression, Case.Insensitive);
    }

    [Fact]
    public void The_png_title_is_drawn_with_the_bundled_font_and_an_empty_title_leaves_its_rows_blank()
    {
        // Given the same chart with and without a title
        var line = ChartSpecs.Line("wasmtime", 100, 1e6);
        var titled = TrendImage.RenderPng(ChartSpecs.Trend("sort/quick", line));
        var untitled = TrendImage.RenderPng(ChartSpecs.Trend("", line));

        // When the title rows are inspected
        var (withTitle, withoutTitle) = (ChartSpecs.InkIn(titled, TitleRows, "#ffffff"), ChartSpecs.InkIn(untitled, TitleRows, "#ffffff"));
        output.WriteLine($"title rows: {withTitle} inked pixels with a title, {withoutTitle} without");

        // Then only the title put ink there: with no usable font, ScottPlot draws no text and no error
        withTitle.ShouldBeGreaterThan(100);
        withoutTitle.ShouldBe(0);
    }

    [Fact]
    public void Scottplot_resolves_the_chart_family_to_the_embedded_faces_whatever_the_machine_has_installed()
    {
        ChartFonts.EnsureRegistered();

        ScottPlot.Fonts.GetTypeface(ChartFonts.Family, bold: false, italic: false).ShouldBeSameAs(ChartFonts.Regular);
        ScottPlot.Fonts.GetTypeface(ChartFonts.Family, bold: true, italic: false).ShouldBeSameAs(ChartFonts.Bold);
        ChartFonts.Bold.FamilyName.ShouldBe("DejaVu Sans");
        ChartFonts.Bold.IsBold.ShouldBeTrue();
    }

    [Fact]
    public void Hostile_titles_names_and_units_stay_text_in_the_svg()
    {
        // Given strings that try to leave their text node
        const string title = "</script><script>alert(1)</script>";
        const string name = "<svg onload=alert(2)>";
        const string unit = "\"&'<b onmouseover=x>";
        var spec = new TrendImageSpec(title, unit, [ChartSpecs.Line(name, 50, 10)], []);

        // When rendered as SVG
        var svg = TrendImage.RenderSvg(spec);

        // Then it parses as XML with only drawing elements, no event attributes, and the strings as text
        var document = XDocument.Parse(svg);
        document.Descendants().Select(e => e.Name.LocalName).Distinct().ShouldBeSubsetOf(["svg", "rect", "path", "clipPath", "g", "text", "defs", "line", "circle", "ellipse", "polyline", "polygon", "image"]);
        document.Descendants().SelectMany(e => e.Attributes()).ShouldNotContain(a => a.Name.LocalName.StartsWith("on", StringComparison.OrdinalIgnoreCase));
        var texts = Texts(svg);
        texts.ShouldContain(title);
        texts.ShouldContain(name);
        texts.ShouldContain(t => t.EndsWith(" " + unit, StringComparison.Ordinal));
        HtmlChecks.InjectedMarkup(HtmlChecks.Parse($"<html><body>{svg}</body></html>")).ShouldBeEmpty();
    }

    [Fact]
    public void A_3000_point_chart_renders_the_same_bytes_twice()
    {
        // Given two engines with 3,000 commits each and a marker
        var a = ChartSpecs.Line("wasmtime", 3000, 1.2e6, 11);
        var spec = ChartSpecs.Trend("sort/quick", a, ChartSpecs.Line("wasmer", 3000, 1.5e6, 12)) with { Markers = [new TrendImageMarker(a.Times[2000], true)] };
        TrendImage.RenderPng(ChartSpecs.Trend("warm-up", ChartSpecs.Line("x", 10, 1)));

        // When rendered twice
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var first = TrendImage.RenderPng(spec);
        var (firstCpu, firstWall) = (Process.GetCurrentProcess().TotalProcessorTime - cpu, clock.Elapsed);
        var second = TrendImage.RenderPng(spec);

        // Then the bytes are identical, and the image has the requested size
        second.ShouldBe(first);
        using var bitmap = SKBitmap.Decode(first);
        (bitmap.Width, bitmap.Height).ShouldBe((800, 320));
        output.WriteLine($"2 x 3,000 points: {first.Length:N0} bytes; one render {firstCpu.TotalMilliseconds:F0} ms process CPU, {firstWall.TotalMilliseconds:F0} ms wall (a rough figure, not an assertion)");
    }

    [Fact]
    public void A_thinned_line_keeps_the_widest_band_of_each_pixel_column()
    {
        // Given 3,000 points whose one wide interval belongs to a point with an ordinary median
        var line = ChartSpecs.Line("v8", 3000, 1e6, 5);
        var high = line.High.ToArray();
        high[1500] = 3e6;
        var points = TrendPoints.Prepare(line with { High = high }, logY: false);

        // When it is cut to an 800-pixel-wide image
        var (low, highX) = TrendPoints.XRange([points]);
        var thinned = points.Thin(low, highX, 800);

        // Then at most two points a column are drawn, and the band still reaches the wide interval
        thinned.X.Length.ShouldBeLessThanOrEqualTo(1600);
        thinned.Dense.ShouldBeTrue();
        thinned.High.Max().ShouldBe(3e6);
        thinned.Median.Max().ShouldBe(line.Median.Max());
        thinned.Median.Min().ShouldBe(line.Median.Min());
    }

    [Fact]
    public void A_one_commit_spike_among_3000_points_is_drawn_at_its_height()
    {
        // Given 3,000 points at one value but one commit, half as high again
        var times = ChartSpecs.Line("v8", 3000, 1).Times;
        var median = Enumerable.Repeat(1e6, 3000).ToArray();
        median[1234] = 1.5e6;
        var spec = ChartSpecs.Trend("spike", new TrendImageLine("v8", times, median, median, median));

        // When it is drawn
        using var bitmap = SKBitmap.Decode(TrendImage.RenderPng(spec));

        // Then the upper half of the plot holds the line's colour in one narrow stroke: the spike, reaching the top
        var line = SKColor.Parse(ChartPalette.Light.Line(0));
        var inked = (from y in Enumerable.Range(70, 80)
                     from x in Enumerable.Range(60, 700)
                     let p = bitmap.GetPixel(x, y)
                     where Math.Abs(p.Red - line.Red) + Math.Abs(p.Green - line.Green) + Math.Abs(p.Blue - line.Blue) <= 30
                     select (x, y)).ToArray();
        inked.Select(p => p.y).Distinct().Count().ShouldBe(80);
        (inked.Max(p => p.x) - inked.Min(p => p.x)).ShouldBeLessThanOrEqualTo(3);
    }

    [Fact]
    public void The_dark_image_is_painted_on_the_dark_background()
    {
        var png = TrendImage.RenderPng(ChartSpecs.Trend("dark", ChartSpecs.Line("wasmtime", 20, 1e6)) with { Dark = true });

        using var bitmap = SKBitmap.Decode(png);
        bitmap.GetPixel(2, 2).ShouldBe(SKColor.Parse(ChartPalette.DarkBackground));
    }

    [Fact]
    public void Lines_whose_arrays_differ_in_length_are_refused()
    {
        var line = ChartSpecs.Line("x", 10, 1) with { High = [1.0] };

        Should.Throw<ArgumentException>(() => TrendImage.RenderPng(ChartSpecs.Trend("bad", line)));
    }

    [Fact]
    public void The_image_key_changes_with_the_data_and_only_with_it()
    {
        var spec = ChartSpecs.Trend("t", ChartSpecs.Line("wasmtime", 100, 1e6));
        var same = ChartSpecs.Trend("t", ChartSpecs.Line("wasmtime", 100, 1e6));
        var moved = spec with { Lines = [spec.Lines[0] with { Median = [.. spec.Lines[0].Median.Take(99), 2e6] }] };

        ChartImageKey.Of(same).ShouldBe(ChartImageKey.Of(spec));
        ChartImageKey.Of(moved).ShouldNotBe(ChartImageKey.Of(spec));
        ChartImageKey.Of(spec with { Dark = true }).ShouldNotBe(ChartImageKey.Of(spec));
        ChartImageKey.Of(spec).ShouldMatch("^[0-9a-f]{32}$");
    }

    [Theory]
    [InlineData(1e3, 1e6, new[] { 1e3, 1e4, 1e5, 1e6 })]
    [InlineData(1, 100, new[] { 1.0, 2, 5, 10, 20, 50, 100 })]
    [InlineData(0.93, 1.27, new[] { 1.0, 1.1, 1.2 })]
    public void Log_axis_ticks_are_round_values(double low, double high, double[] expected) =>
        LogAxisTicks.Between(low, high).ShouldBe(expected, tolerance: 1e-9);
}
