using System.Globalization;
using Spectre.Console;
using StaticBench.Analysis.Comparisons;

namespace StaticBench.Cli.Console;

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
        console.WriteLine($"{report.HeadLabel} vs {report.BaseLabel}: {report.Count(Verdict.Regression)} regression(s), {report.Count(Verdict.Improvement)} improvement(s), {report.Count(Verdict.NoChange)} unchanged, {report.Count(Verdict.TooNoisy)} too noisy");
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
                double.IsNaN(c.PValue) ? "" : c.PValue.ToString("0.####", CultureInfo.InvariantCulture),
                double.IsNaN(c.MinimumDetectable) ? "" : Pct(c.MinimumDetectable, false));
        }

        console.Write(table);
        if (report.Comparisons.Any(c => c.Basis == ChangeBasis.BestPart))
        {
            console.WriteLine($"{ComparisonMarkdown.BestPartMark} measured on the best {report.Options.BestPartFraction * 100:0.#}% of the samples (the fastest, for times), which a busy machine leaves undisturbed");
        }
    }

    private static string Pct(double f, bool signed) =>
        !double.IsFinite(f) ? (double.IsNaN(f) ? "" : f > 0 ? "+inf" : "-inf") : (f * 100).ToString(signed ? "+0.00;-0.00;0.00" : "0.00", CultureInfo.InvariantCulture) + "%";

    private static string Val(double v, string unit) => double.IsNaN(v) ? "" : v.ToString("G6", CultureInfo.InvariantCulture) + " " + unit;
}
