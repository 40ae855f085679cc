using StaticBench.Analysis.Findings;

namespace StaticBench.Site.Charts;

/// <summary>
/// A benchmark's card for READMEs, as plain data: its name, latest value, status and recent trend.
/// </summary>
/// <param name="Name">The benchmark or series name, in bold at the top (cut with an ellipsis when too long).</param>
/// <param name="Unit">The unit of <paramref name="Values"/>, for the latest value through <c>ValueFormatter</c>.</param>
/// <param name="Values">The series' medians, oldest first; the last one is the latest value and the last <see cref="TrendCard.SparkPoints"/> draw the sparkline.</param>
/// <param name="Status">The series' status from the analysis, shown as a word, the step's size, and its colour.</param>
/// <param name="Detail">A muted second line, such as <c>wasmtime · compile · vm-a</c>; empty for none.</param>
/// <param name="Width">Card width in pixels.</param>
/// <param name="Height">Card height in pixels.</param>
/// <param name="Dark">Draw on <see cref="ChartPalette.Dark"/>.</param>
public sealed record TrendCardSpec(
    string Name,
    string Unit,
    IReadOnlyList<double> Values,
    SeriesStatus Status,
    string Detail = "",
    int Width = 480,
    int Height = 140,
    bool Dark = false);
