using System.Globalization;
using System.Text;
using StaticBench.Analysis.Formatting;

namespace StaticBench.Analysis.Comparisons;

/// <summary>
/// A comparison as GitHub-flavoured Markdown for a pull-request comment: a one-line summary, the
/// regressions and improvements, then every series folded in <c>&lt;details&gt;</c>. Pure string
/// building; everything from result files is escaped (table pipes, backticks, HTML, emphasis,
/// links and @mentions), so a benchmark name can neither break the table nor ping anyone.
/// </summary>
public static class ComparisonMarkdown
{
    public static string Render(ComparisonReport report)
    {
        var md = new StringBuilder();
        var regressions = report.CountVerdicts(Verdict.Regression);
        md.Append("### StaticBench: ").Append(Escape(report.HeadLabel)).Append(" vs ").Append(Escape(report.BaseLabel)).Append("\n\n");
        var counts = report.SummaryCounts;
        var firstComma = counts.IndexOf(',', StringComparison.Ordinal);
        md.Append(regressions > 0 ? ":red_circle: " : ":white_check_mark: ")
            .Append("**").Append(counts[..firstComma]).Append("**").Append(counts[firstComma..])
            .Append(CultureInfo.InvariantCulture, $" across {report.Comparisons.Count} series (threshold {Percent(report.Options.Threshold, false)}).\n\n");
        if (report.CpuTimeHint is { } hint)
        {
            md.Append(hint).Append("\n\n");
        }

        if (report.Count(Verdict.Added) + report.Count(Verdict.Removed) > 0)
        {
            md.Append(CultureInfo.InvariantCulture, $"{report.Count(Verdict.Added)} series only in head, {report.Count(Verdict.Removed)} only in base.\n\n");
        }

        var notable = report.Comparisons.Where(c => c.Verdict is Verdict.Regression or Verdict.Improvement).ToArray();
        if (notable.Length > 0)
        {
            Table(md, notable);
            md.Append('\n');
        }

        md.Append("<details><summary>All ").Append(report.Comparisons.Count).Append(" series</summary>\n\n");
        Table(md, report.Comparisons);
        md.Append("\nChange: head/base − 1 with a 95% interval, from rank tests of all samples or, marked ").Append(BestPartMark)
            .Append(CultureInfo.InvariantCulture, $", of the best {Percent(report.Options.BestPartFraction, false)} (the fastest, for times), which a busy machine leaves undisturbed; ")
            .Append("p: the smaller rank-test p-value, Bonferroni-adjusted; MDE: smallest change detectable at this noise (80% power). ")
            .Append("Exact metrics (all samples equal) are compared without statistics.\n</details>\n");
        return md.ToString();
    }

    /// <summary>Marks a change measured on the best part of the samples (<see cref="ChangeBasis.BestPart"/>).</summary>
    public const string BestPartMark = "¹";

    /// <summary>Appends the comparison table (header and one row per comparison); <see cref="ComparisonComment"/> fits rows to a budget with it.</summary>
    public static void Table(StringBuilder md, IEnumerable<Comparison> rows)
    {
        md.Append("| Series | Verdict | Change | 95% interval | Base | Head | p | MDE |\n");
        md.Append("|---|---|--:|--:|--:|--:|--:|--:|\n");
        foreach (var c in rows)
        {
            var icon = c.Verdict switch { Verdict.Regression => ":red_circle: ", Verdict.Improvement => ":green_circle: ", _ => "" };
            md.Append("| ").Append(Escape(c.Name))
                .Append(" | ").Append(icon).Append(c.VerdictText)
                .Append(" | ").Append(Percent(c.Change, true)).Append(c.Basis == ChangeBasis.BestPart ? " " + BestPartMark : "")
                .Append(" | ").Append(c.Method == ComparisonMethod.RankBased ? $"{Percent(c.ChangeLow, true)} … {Percent(c.ChangeHigh, true)}" : c.Method == ComparisonMethod.Exact ? "exact" : "")
                .Append(" | ").Append(Value(c.BaseMedian, c.Unit))
                .Append(" | ").Append(Value(c.HeadMedian, c.Unit))
                .Append(" | ").Append(c.Method == ComparisonMethod.RankBased ? ValueText.PValue(c.PValue) : "")
                .Append(" | ").Append(double.IsNaN(c.MinimumDetectable) ? "" : Percent(c.MinimumDetectable, false))
                .Append(" |\n");
        }
    }

    /// <summary>
    /// Makes outside text inert in GitHub Markdown, in a table cell or in prose: no HTML, no table breaks, no
    /// code spans, no emphasis or links, no math (<c>$</c>), no emoji codes, no @mentions. Not for use inside a code span,
    /// where backslashes show literally.
    /// </summary>
    public static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var ch in text)
        {
            switch (ch)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '|': sb.Append("&#124;"); break;
                case '@': sb.Append("@&#8203;"); break;
                case '\r' or '\n' or '\t': sb.Append(' '); break;
                case '\\' or '`' or '*' or '_' or '[' or ']' or '(' or ')' or '#' or '!' or '~' or ':' or '$':
                    sb.Append('\\').Append(ch); break;
                default: sb.Append(ch); break;
            }
        }

        return sb.ToString();
    }

    private static string Percent(double fraction, bool signed) => ValueText.Percent(fraction, signed);

    private static string Value(double value, string unit) => Escape(ValueText.Quantity(value, unit));
}
