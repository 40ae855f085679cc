using StaticBench.Analysis.Formatting;

namespace StaticBench.Cli.Reports;

/// <summary>Human numbers for the run report, through the formatter the site and Markdown share (<see cref="ValueText"/>).</summary>
public static class Quantity
{
    public static string Format(double value, string unit) => ValueText.Quantity(value, unit);

    /// <summary>A ratio to native: <c>1.53×</c>.</summary>
    public static string Ratio(double? ratio) => ratio is { } r ? ValueText.Compact(r) + "×" : "";
}
