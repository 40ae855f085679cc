using System.Globalization;
using System.Text;
using StaticBench.Analysis.Comparisons;

namespace StaticBench.Cli.Reports;

/// <summary>
/// <c>compare --format csv</c>: one row per series (RFC 4180, a header row, fractions not percents, empty where
/// undefined) and, for a benchmark timed by both clocks, the verdict that pair got and which clock decided.
/// Text from result files is quoted, and a cell that a spreadsheet would run as a formula (<c>= + - @</c>) gets a
/// leading apostrophe.
/// </summary>
public static class ComparisonCsv
{
    private static readonly string[] Header =
    [
        "name", "machine", "benchmark", "parameters", "engine", "phase", "metric", "unit", "better", "method", "verdict",
        "change", "changeLow", "changeHigh", "changeBasis", "pValue", "minimumDetectable", "baseMedian", "headMedian",
        "baseSamples", "headSamples", "benchmarkVerdict", "decidedBy",
    ];

    public static string Render(ComparisonReport report)
    {
        var byKey = report.Verdicts.SelectMany(v => v.Comparisons.Select(c => (c.Key, Verdict: v))).ToDictionary(x => x.Key, x => x.Verdict);
        var csv = new StringBuilder();
        csv.AppendJoin(',', Header).Append("\r\n");
        foreach (var c in report.Comparisons)
        {
            var pair = byKey.TryGetValue(c.Key, out var v) && v.Comparisons.Count == 2 ? v : null;
            string[] cells =
            [
                Text(c.Name), Text(c.Key.Machine), Text(c.Key.Benchmark), Text(c.Key.Parameters), Text(c.Key.Engine), Text(c.Key.Phase),
                Text(c.Key.Metric), Text(c.Unit), c.Better.ToString().ToLowerInvariant(),
                c.Method switch { ComparisonMethod.Exact => "exact", ComparisonMethod.RankBased => "rank-based", _ => "none" },
                ComparisonJson.Word(c.Verdict), Number(c.Change), Number(c.ChangeLow), Number(c.ChangeHigh),
                c.Method == ComparisonMethod.RankBased ? (c.Basis == ChangeBasis.BestPart ? "best-part" : "all-samples") : "",
                Number(c.PValue), Number(c.MinimumDetectable), Number(c.BaseMedian), Number(c.HeadMedian),
                c.BaseCount.ToString(CultureInfo.InvariantCulture), c.HeadCount.ToString(CultureInfo.InvariantCulture),
                pair is null ? "" : ComparisonJson.Word(pair.Verdict), pair is null ? "" : pair.DecidedBy,
            ];
            csv.AppendJoin(',', cells).Append("\r\n");
        }

        return csv.ToString();
    }

    private static string Number(double value) => double.IsFinite(value) ? value.ToString("R", CultureInfo.InvariantCulture) : "";

    /// <summary>Quoted when it holds a comma, quote or line break; a leading = + - @ (or tab, carriage return) is made inert.</summary>
    public static string Text(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
