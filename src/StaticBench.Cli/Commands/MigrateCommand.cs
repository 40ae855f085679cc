using System.CommandLine;
using StaticBench.Cli.Importing;

namespace StaticBench.Cli.Commands;

/// <summary>
/// <c>staticbench migrate --from gab|asv SOURCE --data REPO</c>: records another tracker's history, one
/// result file per historical run, keeping its commits and times (docs/importers.md). Running it again adds nothing.
/// </summary>
public static class MigrateCommand
{
    public static Command Create(CliContext context)
    {
        var from = new Option<string>("--from")
        {
            Description = "The tracker: gab (github-action-benchmark's data.js) or asv (an asv results folder).",
            Required = true,
        };
        from.AcceptOnlyFromAmong("gab", "asv");
        var data = new Option<string>("--data") { Description = "Data repository to record into (as for record).", Required = true };
        var branch = new Option<string>("--branch") { Description = "Data branch.", DefaultValueFactory = _ => "main" };
        var path = new Option<string>("--path") { Description = "Data folder inside the repository (default: its root).", DefaultValueFactory = _ => "" };
        var machine = new Option<string?>("--machine") { Description = "Machine name of the runs (default: gab 'github-actions'; asv the results folder's machine)." };
        var repository = new Option<string?>("--repository") { Description = "The project's repository URL (default: gab's repoUrl; asv 'unknown')." };
        var projectBranch = new Option<string>("--project-branch") { Description = "The project branch the history was measured on.", DefaultValueFactory = _ => "main" };
        var project = new Option<string?>("--project") { Description = "A checkout of the project: each commit's real parents and subject are read from it." };
        var cache = MirrorCacheOption.Create();
        var source = new Argument<string>("SOURCE") { Description = "gab: the data.js file (from the gh-pages branch); asv: the results folder." };
        var command = new Command("migrate", "Record the history of github-action-benchmark or asv into a data repository.")
        {
            from, data, branch, path, machine, repository, projectBranch, project, cache, source,
        };
        command.SetAction(parse => Run(context, new MigrateOptions
        {
            From = parse.GetValue(from)!,
            Source = parse.GetValue(source)!,
            Data = parse.GetValue(data)!,
            Branch = parse.GetValue(branch)!,
            DataFolder = parse.GetValue(path)!,
            Machine = parse.GetValue(machine),
            Repository = parse.GetValue(repository),
            ProjectBranch = parse.GetValue(projectBranch)!,
            Project = parse.GetValue(project),
            CacheRoot = parse.GetValue(cache),
        }));
        return command;
    }

    public static int Run(CliContext context, MigrateOptions options) =>
        CommandErrors.Run(context, () => Report(context, HistoryMigration.Migrate(options)));

    private static int Report(CliContext context, MigrationOutcome outcome)
    {
        foreach (var skipped in outcome.Skipped)
        {
            context.Error.WriteLine($"skipped {skipped}");
        }

        var recorded = outcome.Recorded;
        if (!recorded.IsValid)
        {
            recorded.Problems.ToList().ForEach(p => context.Error.WriteLine(p));
            return CommandErrors.Fail(context, "nothing migrated: the history gave invalid result files (a bug in the reader; the lines above say where)");
        }

        var commits = outcome.Runs.Select(r => r.Run.Project.Commit).Distinct().Count();
        context.Out.WriteLine($"read {outcome.Runs.Count} run(s) of {commits} commit(s); recorded {recorded.Added.Count}, already there {recorded.AlreadyRecorded.Count}");
        if (recorded.CommitId is { } commit)
        {
            context.Out.WriteLine($"commit {commit}");
        }

        return 0;
    }
}
