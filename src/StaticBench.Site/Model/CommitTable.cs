using StaticBench.Analysis.Series;

namespace StaticBench.Site.Model;

/// <summary>Builds the site's commit table from the pivot: every measured commit in history order.</summary>
public static class CommitTable
{
    /// <summary>
    /// The commits of <paramref name="set"/>, oldest first. The newest <paramref name="sampleCommits"/> of them, and every
    /// pull-request head with its merge base, publish their raw samples for the compare view.
    /// </summary>
    public static IReadOnlyList<CommitRow> Build(SeriesSet set, int sampleCommits)
    {
        // The newest run at each commit describes it (branch, pull request, subject).
        var runs = new Dictionary<string, Schema.Model.RunInfo>(StringComparer.Ordinal);
        foreach (var recorded in set.RunsNewestFirst)
        {
            runs.TryAdd(recorded.Run.Run.Project.Commit, recorded.Run.Run);
        }

        var ordered = set.CommitOrder.Ordered;
        var sampled = new HashSet<string>(ordered.Skip(Math.Max(0, ordered.Count - sampleCommits)), StringComparer.Ordinal);
        foreach (var run in runs.Values.Where(r => r.Project.PullRequest is not null))
        {
            sampled.Add(run.Project.Commit);
            if (run.Project.BaseCommit is { } mergeBase && runs.ContainsKey(mergeBase))
            {
                sampled.Add(mergeBase);
            }
        }

        var rows = new CommitRow[ordered.Count];
        string? previousOnTrend = null;
        for (var i = 0; i < ordered.Count; i++)
        {
            var run = runs[ordered[i]];
            var project = run.Project;
            var onTrend = set.IsOnTrend(run);
            var parent = onTrend ? previousOnTrend : project.Parents.FirstOrDefault(p => runs.ContainsKey(p));
            rows[i] = new CommitRow(
                i, project.Commit, project.CommitTime, project.Subject, project.Branch, project.PullRequest, project.BaseCommit,
                parent, onTrend, sampled.Contains(project.Commit), CommitLink.Repository(project.Repository));
            previousOnTrend = onTrend ? project.Commit : previousOnTrend;
        }

        return rows;
    }
}
