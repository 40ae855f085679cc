using System.Globalization;
using StaticBench.Analysis.Scaling;
using StaticBench.Runner.Reporting;
using StaticBench.Schema.Model;

namespace StaticBench.Cli.Reports;

/// <summary>
/// Compile time against module size, per engine and module shape, as the exponent of a log-log fit
/// with its 95% interval: ~1 is linear, ~2 quadratic. The fit is Analysis's (<see cref="ScalingFit"/>);
/// this only picks the compile-scaling results out of a run and prints them.
/// </summary>
public static class ScalingReport
{
    public const string Suite = "compile-scaling/";

    public sealed record Row(string Shape, string Engine, ScalingFit Fit);

    public static IReadOnlyList<Row> Rows(RunResult run) =>
        run.Results
            .Where(r => r.Benchmark.StartsWith(Suite, StringComparison.Ordinal) && r.Metric is "wall-time" or "instructions"
                        && r.Parameters?.GetValueOrDefault("bytes").AsNumber is not null)
            .GroupBy(r => (Shape: r.Benchmark[Suite.Length..], Engine: PhaseTable.EngineLabel(r.Engine), r.Metric))
            .Select(g => (g.Key, Fit: ScalingFit.Fit([.. g.Select(r => (r.Parameters!["bytes"].AsNumber!.Value, r.Summary!.Median))])))
            .Where(x => x.Fit is not null)
            .Select(x => new Row(x.Key.Shape, x.Key.Engine, x.Fit!))
            .OrderBy(r => r.Shape, StringComparer.Ordinal).ThenBy(r => r.Engine, StringComparer.Ordinal)
            .ToArray();

    public static void Write(TextWriter output, IReadOnlyList<Row> rows, bool markdown)
    {
        if (rows.Count == 0)
        {
            return;
        }

        output.WriteLine();
        output.WriteLine(markdown ? "### Compile time against module size (log-log fit)" : "Compile time against module size (log-log fit: time ~ size^k)");
        output.WriteLine();
        if (markdown)
        {
            output.WriteLine("| shape | engine | exponent k | 95% interval | growth | R² | sizes |");
            output.WriteLine("|---|---|---:|---|---|---:|---:|");
        }

        foreach (var row in rows)
        {
            var f = row.Fit;
            var k = f.Exponent.ToString("0.00", CultureInfo.InvariantCulture);
            var interval = $"[{f.ExponentLow.ToString("0.00", CultureInfo.InvariantCulture)}, {f.ExponentHigh.ToString("0.00", CultureInfo.InvariantCulture)}]";
            var growth = f.SuperLinear ? "super-linear" : f.ExponentHigh < ScalingFit.SuperLinearFrom ? "linear or better" : "about linear";
            var r2 = f.RSquared.ToString("0.000", CultureInfo.InvariantCulture);
            output.WriteLine(markdown
                ? $"| {row.Shape} | {row.Engine} | {k} | {interval} | {growth} | {r2} | {f.Points} |"
                : $"  {row.Shape,-16} {row.Engine,-16} k = {k} {interval,-14} {growth,-16} R² {r2}  ({f.Points} sizes)");
        }
    }
}
