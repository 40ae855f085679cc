using StaticBench.Schema.Model;

namespace StaticBench.Importers.History;

/// <summary>
/// Migrated histories record commits without their parents. The site orders a series by the commit
/// graph, so each commit is given the one measured before it (by time) as its parent: the history as
/// the old tracker showed it, a straight line. A project checkout, when given, replaces this with the
/// real graph (the migrate command does that).
/// </summary>
public static class CommitChain
{
    public static IReadOnlyList<RunResult> Link(IEnumerable<RunResult> runs)
    {
        var ordered = runs.OrderBy(r => r.Run.Project.CommitTime).ThenBy(r => r.Run.Started).ThenBy(r => r.Run.Id, StringComparer.Ordinal).ToArray();
        var commits = ordered.Select(r => r.Run.Project.Commit).Distinct().ToArray();
        var parent = commits.Skip(1).Zip(commits).ToDictionary(pair => pair.First, pair => pair.Second);
        return [.. ordered.Select(r => r with
        {
            Run = r.Run with { Project = r.Run.Project with { Parents = parent.TryGetValue(r.Run.Project.Commit, out var p) ? [p] : [] } },
        })];
    }
}
