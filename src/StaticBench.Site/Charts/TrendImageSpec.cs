namespace StaticBench.Site.Charts;

/// <summary>
/// Everything a trend image shows, as plain data: no series, no commits, no git. The caller (a page
/// renderer) picks the points, names and markers; <see cref="TrendImage"/> only draws them.
/// </summary>
/// <param name="Title">Drawn bold above the plot (escaped in SVG output). Empty for no title.</param>
/// <param name="Unit">The unit every value is in (<c>ns</c>, <c>bytes</c>, <c>count</c> or as written), for tick labels through <c>ValueFormatter</c>.</param>
/// <param name="Lines">One line per engine (or per series); every line is named in the legend, even a single one.</param>
/// <param name="Markers">Detected steps, drawn as vertical lines; markers outside the lines' time range are left out.</param>
/// <param name="Width">Image width in pixels.</param>
/// <param name="Height">Image height in pixels.</param>
/// <param name="Dark">Draw on <see cref="ChartPalette.Dark"/> instead of <see cref="ChartPalette.Light"/>.</param>
/// <param name="LogY">A logarithmic y axis; only positive values can be drawn on it, the others are left out.</param>
public sealed record TrendImageSpec(
    string Title,
    string Unit,
    IReadOnlyList<TrendImageLine> Lines,
    IReadOnlyList<TrendImageMarker> Markers,
    int Width = 800,
    int Height = 320,
    bool Dark = false,
    bool LogY = false);

/// <summary>
/// One line: a point per commit, at the commit's date. <see cref="Low"/> and <see cref="High"/> (for
/// example the min and max sample, or a confidence interval) are drawn as a translucent band; the
/// y range follows the medians only, so one wild sample cannot squash the line.
/// </summary>
/// <param name="Name">The legend text (the engine, or whatever tells lines apart).</param>
/// <param name="Times">Commit dates; the points are drawn in time order.</param>
/// <param name="Median">The line itself, same length as <paramref name="Times"/>.</param>
/// <param name="Low">The band's lower edge, same length.</param>
/// <param name="High">The band's upper edge, same length.</param>
public sealed record TrendImageLine(
    string Name,
    IReadOnlyList<DateTimeOffset> Times,
    IReadOnlyList<double> Median,
    IReadOnlyList<double> Low,
    IReadOnlyList<double> High);

/// <summary>A detected step: a vertical line at the date of the first commit after it.</summary>
/// <param name="Time">The date of the first commit after the step.</param>
/// <param name="IsRegression">Red when true, green when false.</param>
/// <param name="Acknowledged">Acknowledged steps are drawn dashed.</param>
public sealed record TrendImageMarker(DateTimeOffset Time, bool IsRegression, bool Acknowledged = false);
