using StaticBench.Cli.Reports;
using StaticBench.Runner.Reporting;
using StaticBench.Schema.Model;

namespace StaticBench.Cli.Tests.Reports;

/// <summary>The pretty and CSV run reports (issue 17), from rows as PhaseTable makes them.</summary>
public sealed class RunReportTests
{
    private static PhaseRow Row(string engine, string phase, double min, double median, double max, string metric = "wall-time", string unit = "ns", double? ratio = null) =>
        new("wasm/sort", "small", engine, phase, metric, unit, new SampleSummary { N = 5, Min = min, Median = median, Max = max }, ratio);

    private static string Pretty(params PhaseRow[] rows)
    {
        var output = new StringWriter();
        PrettyReport.Write(output, rows);
        return output.ToString();
    }

    [Fact]
    public void The_range_is_labelled_as_min_to_max_and_wide_spreads_are_called_noisy()
    {
        var text = Pretty(Row("v8-optimizing", "compile", 27_500, 31_700, 54_700), Row("native", "execute", 400_000, 410_000, 420_000));

        text.ShouldContain("wasm/sort, size small");
        text.ShouldContain("median");
        text.ShouldContain("min … max");
        text.ShouldContain("27.5 µs … 54.7 µs");
        text.ShouldContain("86% noisy");
        text.ShouldContain("not a confidence interval");
        text.ShouldContain("1 row(s) noisy (spread above 20%)");
    }

    [Fact]
    public void Instruction_counts_are_written_in_full_and_the_JIT_total_is_named()
    {
        var text = Pretty(Row("native", "execute", 2317825, 2317825, 2317825, metric: "instructions", unit: "count"), Row("v8-optimizing", "total", 1e6, 1.1e6, 1.2e6));

        text.ShouldContain("execute (instructions)");
        text.ShouldContain("2,317,825"); // exact counts in full, with separators, as everywhere else
        text.ShouldContain("(all equal)");
        text.ShouldNotContain("count");
        text.ShouldContain("total (JIT)");
    }

    [Fact]
    public void The_summary_is_an_engines_by_phases_table_of_geometric_means()
    {
        var rows = new[]
        {
            Row("v8-optimizing", "compile", 1_000, 1_000, 1_000),
            Row("v8-optimizing", "compile", 4_000, 4_000, 4_000) with { Size = "medium" },
            Row("native", "execute", 9_000, 9_000, 9_000),
        };

        var lines = Pretty(rows).Split('\n');

        var header = Array.FindIndex(lines, l => l.StartsWith("engines × phases", StringComparison.Ordinal));
        lines[header + 1].ShouldContain("compile");
        lines[header + 1].ShouldContain("execute");
        lines[header + 2].ShouldContain("2 µs (2)"); // sqrt(1 µs × 4 µs)
        lines[header + 3].ShouldStartWith("  native");
        lines[header + 3].ShouldContain("9 µs (1)");
    }

    [Fact]
    public void Csv_quotes_fields_that_need_it_and_keeps_full_precision()
    {
        var output = new StringWriter();

        CsvReport.Write(output, [Row("v8", "compile", 1.5, 2.25, 3, ratio: 1.125) with { Benchmark = "odd,\"name\"" }]);

        output.ToString().Split('\n')[1].TrimEnd().ShouldBe("\"odd,\"\"name\"\"\",small,v8,compile,wall-time,ns,5,1.5,2.25,3,1.125");
    }
}
