using StaticBench.Schema.Model;

namespace StaticBench.Bot.Running;

/// <summary>One side of a bot run: its engine-name suffix, its run id and the commit it measured.</summary>
public sealed record RunSide(string Name, string RunId, ProjectInfo Project);

/// <summary>
/// Turns the one interleaved run (engines <c>x@base</c> and <c>x@head</c>) into two result files: a
/// run yields one <c>run.project</c>, but base and head are different commits. Each side keeps its
/// own results, under the template's engine name again, so the series keys match the main branch's
/// history, and gets its own id and project (head: the PR number and the merge base). Results of neither side
/// (the run's <c>process/start-up</c>, which base and head share) are in neither file.
/// </summary>
public static class BaseHeadSplit
{
    public static RunResult Take(RunResult run, RunSide side)
    {
        var suffix = "@" + side.Name;
        return run with
        {
            Run = run.Run with { Id = side.RunId, Project = side.Project },
            Results =
            [
                .. run.Results
                    .Where(r => r.Engine?.Name.EndsWith(suffix, StringComparison.Ordinal) == true)
                    .Select(r => r with { Engine = r.Engine! with { Name = r.Engine.Name[..^suffix.Length] } }),
            ],
        };
    }
}
