using StaticBench.Runner.Reporting;

namespace StaticBench.Cli.Console;

/// <summary>
/// The run report in the style of criterion: one block per benchmark and size, one line per engine and
/// phase with [low median high] (min, median, max of the samples) and the ratio to native.
/// </summary>
public static class PrettyReport
{
    public static void Write(TextWriter output, IReadOnlyList<PhaseRow> rows)
    {
        foreach (var block in rows.GroupBy(r => r.Heading))
        {
            output.WriteLine(block.Key);
            foreach (var row in block)
            {
                var phase = row.Metric == "wall-time" ? row.Phase : $"{row.Phase} ({row.Metric})";
                var values = string.Join(' ', new[] { row.Summary.Min, row.Summary.Median, row.Summary.Max }.Select(v => Quantity.Format(v, row.Unit)));
                var ratio = row.NativeRatio is null ? "" : $"   {Quantity.Ratio(row.NativeRatio)} native";
                output.WriteLine($"  {row.Engine,-15} {phase,-28} [{values}]{ratio}");
            }

            output.WriteLine();
        }
    }
}
