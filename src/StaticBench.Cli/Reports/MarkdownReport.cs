using StaticBench.Runner.Engines;
using StaticBench.Runner.Reporting;

namespace StaticBench.Cli.Reports;

/// <summary>
/// One Markdown table per benchmark and size: phases down, engines across, each cell the median and,
/// for execution phases, its ratio to native. Cells escape nothing because every string in them comes
/// from phase, engine and number formatting, never from user text; benchmark names are code-quoted.
/// </summary>
public static class MarkdownReport
{
    public static void Write(TextWriter output, IReadOnlyList<PhaseRow> rows)
    {
        foreach (var block in rows.GroupBy(r => (r.Benchmark, r.Size)))
        {
            var engines = block.Select(r => r.Engine).Distinct().ToArray();
            output.WriteLine($"### `{block.Key.Benchmark.Replace("`", "", StringComparison.Ordinal)}`{block.First().SizeSuffix}");
            output.WriteLine();
            output.WriteLine($"| phase | {string.Join(" | ", engines)} |");
            output.WriteLine($"|---|{string.Concat(engines.Select(_ => "---:|"))}");
            var lines = block.Select(r => (r.Phase, r.Metric)).Distinct()
                .OrderBy(p => Phases.All.ToList().IndexOf(p.Phase) is var i and >= 0 ? i : int.MaxValue);
            foreach (var (phase, metric) in lines)
            {
                var label = metric == Metrics.WallTime ? phase : $"{phase} ({metric})";
                var cells = engines.Select(engine => block.FirstOrDefault(r => r.Engine == engine && r.Phase == phase && r.Metric == metric) is { } row
                    ? Quantity.Format(row.Summary.Median, row.Unit) + (row.NativeRatio is null ? "" : $" ({Quantity.Ratio(row.NativeRatio)})")
                    : "");
                output.WriteLine($"| {label} | {string.Join(" | ", cells)} |");
            }

            output.WriteLine();
        }
    }
}
