namespace StaticBench.Site.Charts;

/// <summary>
/// The one palette of every chart, image, badge and (through the lead's templates) browser chart:
/// a light theme on <c>#ffffff</c> and a dark theme on <c>#0d1117</c>, the stylesheet's two backgrounds.
/// </summary>
/// <remarks>
/// Line colours leave out red and green, which mean regression and improvement on the markers and
/// everywhere else on the site. Both line sets pass 3:1 on BOTH backgrounds (light set 3.75-4.48:1
/// on the dark background, dark set about 3.3:1 on white), so an image embedded on a page of the
/// "wrong" theme keeps its lines visible; the dark set is the same hues lighter, about 5.7:1 on its
/// own background. Status colours of the light theme are also badge backgrounds under white text
/// (5.1-5.4:1). ChartPaletteTests computes every ratio (WCAG 2.x relative luminance).
/// </remarks>
public static class ChartPalette
{
    /// <summary>The light background.</summary>
    public const string LightBackground = "#ffffff";

    /// <summary>The dark background, the same near-black as the stylesheet's dark mode.</summary>
    public const string DarkBackground = "#0d1117";

    /// <summary>Colours on <see cref="LightBackground"/>.</summary>
    public static ChartTheme Light { get; } = new(
        Background: LightBackground,
        Text: "#1f2328",
        MutedText: "#59636e",
        Grid: "#d0d7de",
        Lines: Array.AsReadOnly(["#1f77b4", "#c65d00", "#8e5cc4", "#00897b", "#c2399a", "#9a6050", "#7a7a00", "#5f7a8c"]),
        Regression: "#cf222e",
        Improvement: "#1a7f37",
        NoChange: "#656d76",
        TooLittleData: "#4f6d8a");

    /// <summary>Colours on <see cref="DarkBackground"/>: the light theme's hues, lighter.</summary>
    public static ChartTheme Dark { get; } = new(
        Background: DarkBackground,
        Text: "#e6edf3",
        MutedText: "#9198a1",
        Grid: "#30363d",
        Lines: Array.AsReadOnly(["#2b93db", "#e26a00", "#a37bcf", "#009e8e", "#d266b3", "#b58071", "#929200", "#7690a2"]),
        Regression: "#ff7b72",
        Improvement: "#3fb950",
        NoChange: "#9198a1",
        TooLittleData: "#8aa4bf");

    /// <summary>The badge's left part (the series name) under white text.</summary>
    public const string BadgeLabel = "#3d444d";

    /// <summary>Text on badges: white on <see cref="BadgeLabel"/> and on the light theme's status colours.</summary>
    public const string BadgeText = "#ffffff";

    /// <summary><see cref="Dark"/> when <paramref name="dark"/>, else <see cref="Light"/>.</summary>
    public static ChartTheme For(bool dark) => dark ? Dark : Light;
}
