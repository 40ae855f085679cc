using StaticBench.Schema.Model;

namespace StaticBench.Analysis.Series;

/// <summary>
/// Which runs make trend points: those on the project's main branch that are not for a pull request.
/// Results of feature branches and PRs would otherwise pull the main trend around.
/// </summary>
public static class TrendPolicy
{
    public static bool IsOnTrend(RunInfo run, string mainBranch) =>
        run.Project.Branch == mainBranch && run.Project.PullRequest is null;
}
