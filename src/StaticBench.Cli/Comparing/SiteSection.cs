using StaticBench.Analysis.Comparisons;
using StaticBench.Site.Model;

namespace StaticBench.Cli.Comparing;

/// <summary>
/// The part of a pull-request comment that links into the benchmark site (<c>--site-url</c>): the compare view of the
/// two commits, and the trend images of the worst regressions, so a reviewer sees each one's history at a glance.
/// </summary>
public static class SiteSection
{
    /// <summary>Regressions whose trend images a comment shows at most.</summary>
    public const int Images = 3;

    /// <summary>The Markdown to put under the comparison; empty without a site address.</summary>
    public static string Markdown(string? siteUrl, ComparisonSide baseSide, ComparisonSide headSide, ComparisonReport report)
    {
        if (string.IsNullOrWhiteSpace(siteUrl))
        {
            return "";
        }

        var root = siteUrl.TrimEnd('/') + "/";
        var lines = new List<string>();
        foreach (var c in report.Comparisons.Where(c => c.Verdict == Verdict.Regression).OrderByDescending(c => c.Regression).Take(Images))
        {
            lines.Add($"![{ComparisonMarkdown.Escape(c.Name)}]({root}{SiteLinks.ChartImage(c.Key, c.Unit)})");
        }

        var links = new List<string>();
        if (CommitOf(baseSide) is { } baseCommit && CommitOf(headSide) is { } headCommit)
        {
            links.Add($"[Compare view]({root}{SiteLinks.Compare(baseCommit, headCommit)})");
        }

        links.Add($"[All results]({siteUrl})");
        lines.Add(string.Join(" · ", links));
        return "\n\n" + string.Join("\n\n", lines);
    }

    /// <summary>The one commit every run of a side measured, when it is a full commit id (results compared by file may carry none).</summary>
    private static string? CommitOf(ComparisonSide side) =>
        side.Runs.Select(r => r.Run.Project.Commit).Distinct(StringComparer.OrdinalIgnoreCase).ToArray() is [var commit]
        && commit.Length is 40 or 64 && commit.All(Uri.IsHexDigit) ? commit.ToLowerInvariant() : null;
}
