using System.CommandLine;
using StaticBench.Cli.Importing;
using StaticBench.Importers;
using StaticBench.Runner.Measures;
using StaticBench.Runner.Processes;
using StaticBench.Schema.Json;
using StaticBench.Schema.Model;
using StaticBench.Schema.Validation;
using StaticBench.Store.Git;

namespace StaticBench.Cli.Commands;

/// <summary>
/// <c>staticbench import --format NAME FILE...</c>: turns the output files of another harness's run
/// into one result file (docs/importers.md), with run metadata taken as <c>staticbench run</c> takes it.
/// </summary>
public static class ImportCommand
{
    public static Command Create(CliContext context)
    {
        var format = new Option<string>("--format", "-f")
        {
            Description = $"The harness that wrote the files: auto (guess from the first file), {string.Join(", ", ImporterRegistry.Default.Names)}.",
            DefaultValueFactory = _ => "auto",
        };
        var output = new Option<string?>("--output", "-o") { Description = "Write the result file here (default: standard output)." };
        var project = new Option<string?>("--project") { Description = "A folder in the benchmarked project's git checkout, for run.project (default: the current folder)." };
        var machine = new Option<string?>("--machine") { Description = "Machine name in the result (default: the host name)." };
        var commit = new Option<string?>("--commit") { Description = "The measured commit, a revision of the project checkout (default: its HEAD)." };
        var branch = new Option<string?>("--branch") { Description = "Branch name in the result (default: the checkout's)." };
        var runId = new Option<string?>("--run-id") { Description = "Run id (default: time, machine, commit and format)." };
        var files = new Argument<string[]>("FILE") { Description = "Files of one harness run; a folder stands for every file under it.", Arity = ArgumentArity.OneOrMore };
        var command = new Command("import", "Turn another harness's output (hyperfine, Google Benchmark, go test, BenchmarkDotNet, ...) into a result file.")
        {
            format, output, project, machine, commit, branch, runId, files,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(context, new ImportOptions
        {
            Format = parse.GetValue(format)!,
            Files = parse.GetValue(files)!,
            Output = parse.GetValue(output),
            Project = parse.GetValue(project),
            Machine = parse.GetValue(machine),
            Commit = parse.GetValue(commit),
            Branch = parse.GetValue(branch),
            RunId = parse.GetValue(runId),
        }, cancellationToken));
        return command;
    }

    public static Task<int> RunAsync(CliContext context, ImportOptions options, CancellationToken cancellationToken = default) =>
        CommandErrors.RunAsync(context, () => ImportAsync(context, options, cancellationToken));

    private static async Task<int> ImportAsync(CliContext context, ImportOptions options, CancellationToken cancellationToken)
    {
        var sources = ImportInputs.Read(options.Files);
        IImporter importer;
        if (options.Format.Equals("auto", StringComparison.OrdinalIgnoreCase))
        {
            (importer, var by) = ImporterRegistry.Default.Guess(sources);
            context.Error.WriteLine($"format: {importer.Name} (guessed from {by.Path}; pass --format to choose)");
        }
        else
        {
            importer = ImporterRegistry.Default.Find(options.Format);
        }

        var imported = importer.Read(sources);
        foreach (var skipped in imported.Skipped)
        {
            context.Error.WriteLine($"skipped {skipped}");
        }

        var project = DescribeProject(options);
        var machine = await MachineProbe.DescribeAsync(options.Machine, ProcessRunner.Trusted, cancellationToken);
        var run = ImportedRun.Create(imported, project, machine, options.RunId, started: null, now: DateTimeOffset.UtcNow);
        var bytes = ResultJson.Serialize(run);

        // The file must pass the checks record will run; a failure here is a bug in an importer, said plainly.
        var check = ResultReader.Read(bytes, options.Output ?? "<stdout>");
        if (!check.IsValid)
        {
            check.Problems.ToList().ForEach(p => context.Error.WriteLine(p));
            return CommandErrors.Fail(context, $"the {importer.Name} importer produced an invalid result file; nothing written");
        }

        if (options.Output is { } file)
        {
            // Write beside the target, then move: a failed write leaves no half file behind.
            var temporary = $"{file}.{Environment.ProcessId}.tmp";
            await File.WriteAllBytesAsync(temporary, bytes, cancellationToken);
            File.Move(temporary, file, overwrite: true);
            context.Error.WriteLine($"wrote {file}: run {run.Run.Id}, {run.Results.Count} result(s) from {sources.Count} {importer.Name} file(s)");
        }
        else
        {
            context.Out.Write(ResultJson.SerializeToString(run));
        }

        return 0;
    }

    private static ProjectInfo DescribeProject(ImportOptions options)
    {
        ProjectInfo project;
        try
        {
            project = ProjectCommits.Describe(options.Project ?? Directory.GetCurrentDirectory(), options.Commit ?? "HEAD");
        }
        catch (DataRepositoryException e)
        {
            throw new DataRepositoryException($"{e.Message}; run.project needs the benchmarked project's commit: run inside its git checkout or pass --project <dir> (and --commit <sha>)", e);
        }

        return options.Branch is { } branch ? project with { Branch = branch } : project;
    }
}
