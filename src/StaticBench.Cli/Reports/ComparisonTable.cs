using Spectre.Console;
using StaticBench.Analysis.Comparisons;
using StaticBench.Analysis.Formatting;

namespace StaticBench.Cli.Reports;

/// <summary><c>compare --format pretty</c>: a Spectre.Console table sorted by impact, regressions first.</summary>
public static class ComparisonTable
{
    public static void Write(TextWriter output, ComparisonReport report)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = 160;
        console.WriteLine($"{report.HeadLabel} vs {report.BaseLabel}: {report.SummaryCounts}");
        if (report.CpuTimeHint is { } hint)
        {
            console.WriteLine(hint);
        }

        var table = new Table().AddColumns("Series", "Verdict", "Change", "95% interval", "Base", "Head", "p", "MDE");
        foreach (var c in report.Comparisons)
        {
            table.AddRow(
                Markup.Escape(c.Name + (c.Key.Machine.Length > 0 ? $" ({c.Key.Machine})" : "")),
                Markup.Escape(c.VerdictText),
                Pct(c.Change, true) + (c.Basis == ChangeBasis.BestPart ? " " + ComparisonMarkdown.BestPartMark : ""),
                c.Method == ComparisonMethod.RankBased ? $"{Pct(c.ChangeLow, true)} .. {Pct(c.ChangeHigh, true)}" : c.Method == ComparisonMethod.Exact ? "exact" : "",
                Markup.Escape(Val(c.BaseMedian, c.Unit)),
                Markup.Escape(Val(c.HeadMedian, c.Unit)),
                c.Method == ComparisonMethod.RankBased ? Markup.Escape(ValueText.PValue(c.PValue)) : "",
                double.IsNaN(c.MinimumDetectable) ? "" : Pct(c.MinimumDetectable, false));
        }

        console.Write(table);
        WritePairs(console, report);
        if (report.Comparisons.Any(c => c.Basis == ChangeBasis.BestPart))
        {
            console.WriteLine($"{ComparisonMarkdown.BestPartMark} measured on the best {report.Options.BestPartFraction * 100:0.#}% of the samples (the fastest, for times), which a busy machine leaves undisturbed");
        }
    }

    /// <summary>One line per benchmark timed by both clocks: its verdict and which clock decided.</summary>
    private static void WritePairs(IAnsiConsole console, ComparisonReport report)
    {
        var pairs = report.Verdicts.Where(v => v.Comparisons.Count == 2).ToArray();
        if (pairs.Length == 0)
        {
            return;
        }

        var table = new Table().AddColumns("Timed by both clocks", "Verdict", "Decided by", "Wall time", "cpu-time");
        foreach (var v in pairs)
        {
            var (wall, cpu) = (v.Comparisons[0], v.Comparisons[1]);
            table.AddRow(
                Markup.Escape(v.Name + (v.Key.Machine.Length > 0 ? $" ({v.Key.Machine})" : "")),
                Markup.Escape(v.VerdictText),
                Markup.Escape(v.DecidedBy),
                Markup.Escape($"{wall.VerdictText} {Pct(wall.Change, true)}"),
                Markup.Escape($"{cpu.VerdictText} {Pct(cpu.Change, true)}"));
        }

        console.Write(table);
    }

    private static string Pct(double f, bool signed) => ValueText.Percent(f, signed);

    private static string Val(double v, string unit) => ValueText.Quantity(v, unit);
}
