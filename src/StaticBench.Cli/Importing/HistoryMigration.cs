using StaticBench.Importers;
using StaticBench.Importers.History;
using StaticBench.Schema.Json;
using StaticBench.Schema.Model;
using StaticBench.Store.Git;
using StaticBench.Store.Recording;

namespace StaticBench.Cli.Importing;

/// <summary>What a migration did.</summary>
/// <param name="Runs">The historical runs read.</param>
/// <param name="Recorded">The outcome of recording them.</param>
/// <param name="Skipped">Rows left out, with why.</param>
public sealed record MigrationOutcome(IReadOnlyList<RunResult> Runs, RecordOutcome Recorded, IReadOnlyList<SkippedRow> Skipped);

/// <summary>
/// Reads another tracker's history into runs and records them through the ordinary record path, one
/// result file per historical run. Run ids and bytes are derived from the history alone, so a second
/// migration of the same history finds every file already recorded and adds nothing.
/// </summary>
public static class HistoryMigration
{
    public static MigrationOutcome Migrate(MigrateOptions options)
    {
        var history = new HistoryOptions(options.Machine, options.Repository, options.ProjectBranch);
        var skipped = new List<SkippedRow>();
        var runs = options.From.ToLowerInvariant() switch
        {
            "gab" => GabHistory.Read(ImportInputs.Read([options.Source]).Single(), history),
            "asv" => AsvHistory.Read(RelativeTo(options.Source, ImportInputs.Read([options.Source])), history, skipped),
            _ => throw new ArgumentException($"unknown history format '{options.From}'; known: gab, asv"),
        };
        if (options.Project is { } project)
        {
            runs = [.. runs.Select(run => WithProjectCommit(run, project))];
        }

        var folder = Directory.CreateTempSubdirectory("staticbench-migrate-");
        try
        {
            var files = runs.Select(run =>
            {
                var file = Path.Combine(folder.FullName, $"{run.Run.Id}.json");
                File.WriteAllBytes(file, ResultJson.Serialize(run));
                return file;
            }).ToArray();
            var outcome = Recorder.Record(new RecordOptions(
                options.Data, files, options.Branch, options.DataFolder, $"migrate {options.From}: ", options.CacheRoot, KeepExisting: true));
            return new MigrationOutcome(runs, outcome, skipped);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>The commit as the checkout knows it (real parents, subject, time); unchanged when it is not there.</summary>
    private static RunResult WithProjectCommit(RunResult run, string project)
    {
        try
        {
            var described = ProjectCommits.Describe(project, run.Run.Project.Commit);
            return run with { Run = run.Run with { Project = described with { Branch = run.Run.Project.Branch, Repository = run.Run.Project.Repository } } };
        }
        catch (DataRepositoryException)
        {
            return run;
        }
    }

    private static IReadOnlyList<ImportSource> RelativeTo(string folder, IReadOnlyList<ImportSource> sources) =>
        [.. sources.Select(s => s with { Path = Path.GetRelativePath(folder, s.Path).Replace('\\', '/') })];
}
