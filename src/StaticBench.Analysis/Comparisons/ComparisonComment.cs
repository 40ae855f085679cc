using System.Globalization;
using System.Text;

namespace StaticBench.Analysis.Comparisons;

/// <summary>
/// A comparison sized for a pull-request comment, which GitHub refuses above
/// <see cref="GitHubLimit"/> characters: a summary (counts, geometric mean, the worst and best few),
/// then as many series rows as fit, then the caller's footer (the site's compare view, which shows
/// every series). A full suite renders to far more than GitHub takes, so the rows are what gives way;
/// the summary and the footer always stay. Rows use <see cref="ComparisonMarkdown.Table"/>.
/// </summary>
public static class ComparisonComment
{
    /// <summary>The most characters GitHub accepts in a comment body.</summary>
    public const int GitHubLimit = 65_536;

    /// <summary>How many regressions and how many improvements the summary shows in its own table.</summary>
    public const int Extremes = 5;

    /// <summary>
    /// Renders <paramref name="report"/> (no heading: the caller writes one) in at most <paramref name="budget"/>
    /// characters, <paramref name="footer"/> included. Characters are counted as UTF-16 units, which is never
    /// fewer than GitHub counts.
    /// </summary>
    /// <exception cref="ArgumentException">The summary and footer alone do not fit.</exception>
    public static string Render(ComparisonReport report, string footer = "", int budget = GitHubLimit)
    {
        var md = new StringBuilder();
        Summary(md, report);
        var extremes = report.Comparisons.Where(c => c.Verdict == Verdict.Regression).Take(Extremes)
            .Concat(report.Comparisons.Where(c => c.Verdict == Verdict.Improvement).Take(Extremes)).ToArray();
        if (extremes.Length > 0)
        {
            md.Append(report.Count(Verdict.Regression) + report.Count(Verdict.Improvement) > extremes.Length ? "Largest regressions and improvements:\n\n" : "");
            ComparisonMarkdown.Table(md, extremes);
            md.Append('\n');
        }

        var total = report.Comparisons.Count;
        var rows = Rows(report.Comparisons);
        var header = TableHeader();
        var opening = $"<details><summary>All {total} series</summary>\n\n";
        string Cut(int shown) => $"<details><summary>All {total} series ({shown} shown)</summary>\n\n";
        var closing = $"\nChange: head/base − 1 with a 95% interval; {ComparisonMarkdown.BestPartMark} measured on the best part of the samples; p: rank-test p-value; MDE: smallest detectable change.\n</details>\n";
        // The opening is counted at its longest: with "(N shown)" when rows are cut.
        var fixedLength = md.Length + Cut(total).Length + header.Length + closing.Length + footer.Length + TruncationNote(total, total, footer).Length;
        if (fixedLength > budget)
        {
            throw new ArgumentException($"a comparison summary needs {fixedLength} characters, more than the budget of {budget}", nameof(budget));
        }

        var shown = 0;
        var used = fixedLength;
        while (shown < rows.Count && used + rows[shown].Length <= budget)
        {
            used += rows[shown++].Length;
        }

        md.Append(shown == total ? opening : Cut(shown)).Append(header);
        foreach (var row in rows.Take(shown))
        {
            md.Append(row);
        }

        if (shown < total)
        {
            md.Append(TruncationNote(total - shown, total, footer));
        }

        return md.Append(closing).Append(footer).ToString();
    }

    /// <summary>
    /// The geometric mean of head/base over the series compared with a change, oriented so that above 1 is
    /// worse (a higher-is-better metric counts as base/head); NaN without such a series.
    /// </summary>
    public static (double Ratio, int Series) GeometricMean(ComparisonReport report)
    {
        var logs = report.Comparisons
            .Where(c => c.Verdict is not (Verdict.Added or Verdict.Removed) && !double.IsNaN(c.Regression) && !double.IsInfinity(c.Regression) && c.Regression > -1)
            .Select(c => Math.Log(1 + c.Regression))
            .ToArray();
        return (logs.Length == 0 ? double.NaN : Math.Exp(logs.Average()), logs.Length);
    }

    private static void Summary(StringBuilder md, ComparisonReport report)
    {
        var regressions = report.Count(Verdict.Regression);
        var oneSided = report.Count(Verdict.Added) + report.Count(Verdict.Removed);
        md.Append(regressions > 0 ? ":red_circle: " : oneSided > 0 ? ":warning: " : ":white_check_mark: ")
            .Append(CultureInfo.InvariantCulture, $"**{regressions} regression(s)**, {report.Count(Verdict.Improvement)} improvement(s), ")
            .Append(CultureInfo.InvariantCulture, $"{report.Count(Verdict.NoChange)} unchanged, {report.Count(Verdict.TooNoisy)} too noisy to say, ")
            .Append(CultureInfo.InvariantCulture, $"{report.Count(Verdict.Added)} only in head, {report.Count(Verdict.Removed)} only in base")
            .Append(CultureInfo.InvariantCulture, $" across {report.Comparisons.Count} series (threshold {report.Options.Threshold * 100:0.##}%).\n\n");
        var (ratio, series) = GeometricMean(report);
        if (series > 0)
        {
            md.Append(CultureInfo.InvariantCulture, $"Geometric mean of head/base over {series} series (above 1 is worse): {ratio:0.0000} ({(ratio >= 1 ? "+" : "")}{(ratio - 1) * 100:0.##}%).\n\n");
        }

        if (report.CpuTimeHint is { } hint)
        {
            md.Append(hint).Append("\n\n");
        }
    }

    /// <summary>Each comparison's table row, rendered by the shared table and cut off its header.</summary>
    private static List<string> Rows(IReadOnlyList<Comparison> comparisons)
    {
        var header = TableHeader().Length;
        var rows = new List<string>(comparisons.Count);
        var one = new StringBuilder();
        foreach (var c in comparisons)
        {
            one.Clear();
            ComparisonMarkdown.Table(one, [c]);
            rows.Add(one.ToString(header, one.Length - header));
        }

        return rows;
    }

    private static string TableHeader()
    {
        var md = new StringBuilder();
        ComparisonMarkdown.Table(md, []);
        return md.ToString();
    }

    private static string TruncationNote(int left, int total, string footer) =>
        string.Create(CultureInfo.InvariantCulture, $"\n{left} of {total} series are not shown: GitHub takes at most {GitHubLimit:N0} characters in a comment. ") +
        (footer.Length > 0 ? "The benchmark site linked below shows every series.\n" : "`staticbench compare` shows every series.\n");
}
