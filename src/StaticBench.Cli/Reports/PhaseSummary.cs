using StaticBench.Runner.Engines;
using StaticBench.Runner.Reporting;

namespace StaticBench.Cli.Reports;

/// <summary>
/// The engines × phases table at the end of the pretty report: for each engine and phase, the geometric
/// mean of the wall-time medians over every benchmark and size measured there (the usual suite summary:
/// each benchmark weighs the same whatever its scale), with how many it covers.
/// </summary>
public static class PhaseSummary
{
    public static void Write(TextWriter output, IReadOnlyList<PhaseRow> rows)
    {
        var timed = rows.Where(r => r.Metric == Metrics.WallTime && r.Summary.Median > 0).ToArray();
        if (timed.Length == 0)
        {
            return;
        }

        var phases = timed.Select(r => r.Phase).Distinct()
            .OrderBy(p => Phases.All.ToList().IndexOf(p) is var i and >= 0 ? i : int.MaxValue).ToArray();
        output.WriteLine("engines × phases: geometric mean of wall-time medians (number of benchmark sizes)");
        PlainTable.Write(
            output,
            ["engine", .. phases.Select(p => PrettyReport.PhaseLabel(p, Metrics.WallTime))],
            timed.GroupBy(r => r.Engine).Select(engine => (IReadOnlyList<string>)
            [
                engine.Key,
                .. phases.Select(phase => engine.Where(r => r.Phase == phase).ToArray() is { Length: > 0 } cells
                    ? $"{Quantity.Format(Math.Exp(cells.Average(r => Math.Log(r.Summary.Median))), cells[0].Unit)} ({cells.Length})"
                    : "-"),
            ]),
            rightAligned: Enumerable.Range(1, phases.Length).ToHashSet(),
            indent: 2);
        output.WriteLine();
    }
}
