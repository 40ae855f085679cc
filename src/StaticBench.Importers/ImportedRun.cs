using System.Text.RegularExpressions;
using StaticBench.Schema;
using StaticBench.Schema.Model;

namespace StaticBench.Importers;

/// <summary>Wraps imported results into one result file's <see cref="RunResult"/>, with the run's metadata.</summary>
public static partial class ImportedRun
{
    /// <param name="results">What the importer read.</param>
    /// <param name="project">The measured commit.</param>
    /// <param name="machine">Where it ran.</param>
    /// <param name="runId">The run id; null derives one from the time, machine, commit and format, as <c>staticbench run</c> does.</param>
    /// <param name="started">When it ran, if the caller knows better than the files (null: the files' time, else <paramref name="now"/>).</param>
    /// <param name="now">The time used when nothing else says when the run happened.</param>
    public static RunResult Create(ImportedResults results, ProjectInfo project, MachineInfo machine, string? runId, DateTimeOffset? started, DateTimeOffset now)
    {
        if (results.Results.Count == 0)
        {
            throw new InvalidDataException($"nothing to import: the {results.Harness.Name} files hold no benchmark results" +
                (results.Skipped.Count > 0 ? $" ({results.Skipped.Count} row(s) skipped)" : ""));
        }

        var when = (started ?? results.Started ?? now).ToUniversalTime();
        return new RunResult
        {
            Schema = SchemaVersion.Current,
            Run = new RunInfo
            {
                Id = runId ?? DefaultId(when, machine.Name, project.Commit, results.Harness.Name),
                Started = when,
                Finished = when,
                Machine = machine,
                Harness = results.Harness,
                Project = project,
            },
            Results = results.Results,
        };
    }

    /// <summary><c>20261203T084609Z-vm-0123456789ab-hyperfine</c>: safe as a file name, unique per time, machine, commit and tool.</summary>
    public static string DefaultId(DateTimeOffset when, string machine, string commit, string format) =>
        $"{when.ToUniversalTime():yyyyMMdd'T'HHmmss'Z'}-{Safe(machine)}-{commit[..Math.Min(12, commit.Length)]}-{Safe(format)}";

    private static string Safe(string name) => Unsafe().Replace(name, "-").Trim('-', '.') is { Length: > 0 } safe ? safe : "x";

    [GeneratedRegex("[^A-Za-z0-9._-]+")]
    private static partial Regex Unsafe();
}
