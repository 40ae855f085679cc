using StaticBench.Analysis.Findings;
using StaticBench.Site.Charts;
using Xunit.Abstractions;

namespace StaticBench.Site.Tests.Charts;

public class ChartPaletteTests(ITestOutputHelper output)
{
    private static readonly string[] Backgrounds = [ChartPalette.LightBackground, ChartPalette.DarkBackground];

    public static TheoryData<string> Themes() => ["light", "dark"];

    private static ChartTheme Theme(string name) => name == "dark" ? ChartPalette.Dark : ChartPalette.Light;

    [Theory]
    [MemberData(nameof(Themes))]
    public void Every_line_colour_has_3_to_1_contrast_on_the_light_and_the_dark_background(string name)
    {
        // Given a theme's line colours
        var lines = Theme(name).Lines;

        // When each is measured against both backgrounds
        foreach (var line in lines)
        {
            output.WriteLine($"{name} {line}: {Contrast.Ratio(line, ChartPalette.LightBackground):F2}:1 on white, {Contrast.Ratio(line, ChartPalette.DarkBackground):F2}:1 on {ChartPalette.DarkBackground}");
        }

        // Then there are at least 8, all different, and each passes 3:1 on both (WCAG 1.4.11, graphics)
        lines.Count.ShouldBeGreaterThanOrEqualTo(8);
        lines.Distinct(StringComparer.OrdinalIgnoreCase).Count().ShouldBe(lines.Count);
        foreach (var line in lines)
        {
            foreach (var background in Backgrounds)
            {
                Contrast.Ratio(line, background).ShouldBeGreaterThanOrEqualTo(3.0, $"{line} on {background}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Themes))]
    public void Text_and_status_colours_have_4_5_to_1_contrast_on_their_own_background(string name)
    {
        var theme = Theme(name);
        string[] texts = [theme.Text, theme.MutedText, theme.Regression, theme.Improvement, theme.NoChange, theme.TooLittleData];

        foreach (var text in texts)
        {
            var ratio = Contrast.Ratio(text, theme.Background);
            output.WriteLine($"{name} text {text}: {ratio:F2}:1 on {theme.Background}");
            ratio.ShouldBeGreaterThanOrEqualTo(4.5, $"{text} on {theme.Background}");
        }
    }

    [Fact]
    public void Status_colours_stay_visible_as_markers_on_both_backgrounds()
    {
        foreach (var theme in new[] { ChartPalette.Light, ChartPalette.Dark })
        {
            foreach (var marker in new[] { theme.Regression, theme.Improvement })
            {
                Contrast.Ratio(marker, theme.Background).ShouldBeGreaterThanOrEqualTo(3.0);
            }
        }

        // The light theme's markers pass on the dark background too: images keep their own background,
        // but the browser charts may reuse these colours.
        Contrast.Ratio(ChartPalette.Light.Regression, ChartPalette.DarkBackground).ShouldBeGreaterThanOrEqualTo(3.0);
        Contrast.Ratio(ChartPalette.Light.Improvement, ChartPalette.DarkBackground).ShouldBeGreaterThanOrEqualTo(3.0);
    }

    [Fact]
    public void Badge_text_has_4_5_to_1_contrast_on_every_part_of_every_badge()
    {
        string[] parts = [ChartPalette.BadgeLabel, .. Enum.GetValues<SeriesState>().Select(ChartPalette.Light.Status)];

        foreach (var part in parts)
        {
            var ratio = Contrast.Ratio(ChartPalette.BadgeText, part);
            output.WriteLine($"badge text on {part}: {ratio:F2}:1");
            ratio.ShouldBeGreaterThanOrEqualTo(4.5, part);
        }
    }

    [Fact]
    public void The_contrast_formula_matches_known_wcag_values()
    {
        Contrast.Ratio("#000000", "#ffffff").ShouldBe(21, tolerance: 1e-9);
        Contrast.Ratio("#777777", "#ffffff").ShouldBe(4.48, tolerance: 0.01);
        Contrast.Ratio("#ffffff", "#ffffff").ShouldBe(1, tolerance: 1e-9);
    }

    [Fact]
    public void The_stylesheet_draws_browser_charts_and_text_in_the_palettes_colours()
    {
        // Given the shipped stylesheet, split into its light part and its dark-mode part
        var css = File.ReadAllText(Path.Combine(SiteOptions.DefaultTemplatesDirectory, "assets", "style.css"));
        var dark = css.IndexOf("prefers-color-scheme: dark", StringComparison.Ordinal);
        string Var(string part, string name) =>
            System.Text.RegularExpressions.Regex.Match(part, $"--{name}: (#[0-9a-f]{{6}})").Groups[1].Value;

        // Then its line colours and text colours are the images' own, in both modes
        foreach (var (part, theme) in new[] { (css[..dark], ChartPalette.Light), (css[dark..], ChartPalette.Dark) })
        {
            Enumerable.Range(0, 8).Select(i => Var(part, $"s{i}")).ShouldBe(theme.Lines);
            Var(part, "bg").ShouldBe(theme.Background);
            Var(part, "fg").ShouldBe(theme.Text);
            Var(part, "muted").ShouldBe(theme.MutedText);
            Var(part, "worse").ShouldBe(theme.Regression);
            Var(part, "better").ShouldBe(theme.Improvement);
        }
    }
}
