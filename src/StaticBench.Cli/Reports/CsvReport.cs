using System.Globalization;
using StaticBench.Runner.Reporting;

namespace StaticBench.Cli.Reports;

/// <summary>
/// <c>run --format csv</c>: one row per benchmark, size, engine, phase and metric, numbers in the
/// result's unit (ns, bytes, count) with invariant formatting, for spreadsheets and scripts. Quoting
/// follows RFC 4180 (a field with a comma, quote or line break is quoted, quotes doubled); it is a few
/// lines, so no CSV library is pulled into the CLI for it.
/// </summary>
public static class CsvReport
{
    public static readonly string[] Columns = ["benchmark", "size", "engine", "phase", "metric", "unit", "n", "min", "median", "max", "native_ratio"];

    public static void Write(TextWriter output, IReadOnlyList<PhaseRow> rows)
    {
        output.WriteLine(string.Join(',', Columns));
        foreach (var row in rows)
        {
            output.WriteLine(string.Join(',',
                Field(row.Benchmark), Field(row.Size), Field(row.Engine), Field(row.Phase), Field(row.Metric), Field(row.Unit),
                row.Summary.N.ToString(CultureInfo.InvariantCulture), Number(row.Summary.Min), Number(row.Summary.Median), Number(row.Summary.Max),
                row.NativeRatio is { } ratio ? Number(ratio) : ""));
        }
    }

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string Field(string text) =>
        text.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : text;
}
