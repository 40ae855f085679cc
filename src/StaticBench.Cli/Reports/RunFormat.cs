namespace StaticBench.Cli.Reports;

/// <summary>How <c>staticbench run</c> prints its results; <see cref="RunFormats"/> spells them on the command line.</summary>
public enum RunFormat
{
    /// <summary>Per benchmark and size, a table of engines and phases: median, min … max, spread, ratio to native; then an engines × phases summary.</summary>
    Pretty,

    /// <summary>The result file itself (docs/result-format.md), exactly as <c>record</c> accepts it.</summary>
    Json,

    /// <summary>Tables of phases × engines per benchmark and size (medians, native ratio), for docs and PRs.</summary>
    Markdown,

    /// <summary>One row per result: summary numbers in the result's unit, for spreadsheets.</summary>
    Csv,
}

/// <summary>The lower-case names of <see cref="RunFormat"/>, as <c>--format</c> takes them (as <c>compare</c> does).</summary>
public static class RunFormats
{
    public static IReadOnlyList<string> Names { get; } = [.. Enum.GetValues<RunFormat>().Select(f => f.ToString().ToLowerInvariant())];

    public static RunFormat Parse(string name) => Enum.Parse<RunFormat>(name, ignoreCase: true);
}
