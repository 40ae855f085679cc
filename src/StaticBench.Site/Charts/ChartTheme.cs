using StaticBench.Analysis.Findings;

namespace StaticBench.Site.Charts;

/// <summary>
/// The colours of one chart background, as <c>#rrggbb</c> strings so the same data can style
/// ScottPlot images, hand-written SVG and the browser charts.
/// </summary>
/// <param name="Background">The page or image background every other colour is measured against.</param>
/// <param name="Text">Titles, values and legend text: at least 4.5:1 against <paramref name="Background"/>.</param>
/// <param name="MutedText">Tick labels and secondary text: at least 4.5:1 against <paramref name="Background"/>.</param>
/// <param name="Grid">Grid and frame lines: decorative, deliberately faint, not held to a contrast.</param>
/// <param name="Lines">Series line colours in the order series get them (line <c>i</c> takes <c>Lines[i % Count]</c>).</param>
/// <param name="Regression">Regression markers and status text on this background.</param>
/// <param name="Improvement">Improvement markers and status text on this background.</param>
/// <param name="NoChange">"no change" status text on this background.</param>
/// <param name="TooLittleData">"too little data" status text on this background.</param>
public sealed record ChartTheme(
    string Background,
    string Text,
    string MutedText,
    string Grid,
    IReadOnlyList<string> Lines,
    string Regression,
    string Improvement,
    string NoChange,
    string TooLittleData)
{
    /// <summary>The colour of line <paramref name="index"/> (wraps around).</summary>
    public string Line(int index) => Lines[index % Lines.Count];

    /// <summary>The colour that stands for <paramref name="state"/> on this background.</summary>
    public string Status(SeriesState state) => state switch
    {
        SeriesState.Regression => Regression,
        SeriesState.Improvement => Improvement,
        SeriesState.NoChange => NoChange,
        _ => TooLittleData,
    };
}
