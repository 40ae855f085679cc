using StaticBench.Analysis.Series;

namespace StaticBench.Site.Charts;

/// <summary>
/// Keeps a chart readable and a page small: only the most recent <c>max</c> commits (in history
/// order) of a group of series are drawn. Thousands of points make neither a readable chart nor a
/// page that loads fast; the JSON data file keeps every point.
/// </summary>
public static class ChartWindow
{
    /// <summary>The lines cut to the last <paramref name="max"/> commits, and how many commits there were in all.</summary>
    public static (IReadOnlyList<ChartLine> Lines, int Shown, int Total) Last(
        IReadOnlyList<(string Label, Series Series)> series, ProjectCommitOrder order, int max)
    {
        var commits = series.SelectMany(s => s.Series.Points).Select(p => order.IndexOf(p.Commit)).Distinct().Order().ToArray();
        var from = commits.Length > max ? commits[^max] : int.MinValue;
        var lines = series
            .Select(s => new ChartLine(s.Label, s.Series.Points.Where(p => order.IndexOf(p.Commit) >= from).ToArray()))
            .ToArray();
        return (lines, Math.Min(max, commits.Length), commits.Length);
    }
}
