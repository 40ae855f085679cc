using StaticBench.Runner.Engines;
using StaticBench.Runner.Reporting;

namespace StaticBench.Cli.Reports;

/// <summary>
/// The run report for people: per benchmark and size, one aligned table of engines and phases with
/// the median, the range of the samples (min … max, labelled so that nobody reads it as a confidence
/// interval), the spread with a warning when it is wide, and the ratio to native; then
/// <see cref="PhaseSummary"/>, the engines × phases table, and a legend.
/// </summary>
public static class PrettyReport
{
    /// <summary>A spread ((max − min) / median) above this marks a row as noisy.</summary>
    public const double NoisySpread = 0.20;

    private static readonly string[] Headers = ["engine", "phase", "median", "min … max", "spread", "vs native"];

    public static void Write(TextWriter output, IReadOnlyList<PhaseRow> rows)
    {
        var noisy = 0;
        foreach (var block in rows.GroupBy(r => (r.Benchmark, r.Size)))
        {
            output.WriteLine(block.Key.Size.Length == 0 ? block.Key.Benchmark : $"{block.Key.Benchmark}, size {block.Key.Size}");
            PlainTable.Write(output, Headers, block.Select(row =>
            {
                var spread = Spread(row);
                noisy += spread > NoisySpread ? 1 : 0;
                return (IReadOnlyList<string>)
                [
                    row.Engine,
                    PhaseLabel(row.Phase, row.Metric),
                    Quantity.Format(row.Summary.Median, row.Unit),
                    row.Summary.Min == row.Summary.Max ? "(all equal)" : $"{Quantity.Format(row.Summary.Min, row.Unit)} … {Quantity.Format(row.Summary.Max, row.Unit)}",
                    row.Summary.N < 2 ? "-" : $"{spread * 100:0}%{(spread > NoisySpread ? " noisy" : "")}",
                    row.NativeRatio is null ? "" : Quantity.Ratio(row.NativeRatio),
                ];
            }), rightAligned: new HashSet<int> { 2, 3, 4, 5 }, indent: 2);
            output.WriteLine();
        }

        PhaseSummary.Write(output, rows);
        output.WriteLine("median of the samples; min … max is their range, not a confidence interval; spread = (max − min) / median.");
        output.WriteLine("total (JIT) = parse + compile + instantiate + first call in one fresh process.");
        if (noisy > 0)
        {
            output.WriteLine($"{noisy} row(s) noisy (spread above {NoisySpread * 100:0}%): take more --samples, or run on a quieter machine.");
        }
    }

    /// <summary><c>compile</c>, <c>execute (cpu-time)</c>, <c>total (JIT)</c>.</summary>
    public static string PhaseLabel(string phase, string metric)
    {
        var name = phase == Phases.Total ? "total (JIT)" : phase;
        return metric == Metrics.WallTime ? name : $"{name} ({metric})";
    }

    private static double Spread(PhaseRow row) =>
        row.Summary.Median > 0 ? (row.Summary.Max - row.Summary.Min) / row.Summary.Median : 0;
}
