using System.CommandLine;
using StaticBench.Cli.Commands;

namespace StaticBench.Cli;

/// <summary>Builds the command tree. Tests call <see cref="RunAsync"/> in-process with their own writers.</summary>
public static class CliApp
{
    /// <summary>Exit code for bad input (invalid file, rejected repository state): the command said why on stderr (<see cref="Commands.CommandErrors"/>).</summary>
    public const int InputError = 1;

    public static RootCommand CreateRootCommand(CliContext context)
    {
        var root = new RootCommand(
            "StaticBench: benchmark results recorded in a git repository, rendered as a static site. " +
            "See docs/ for the result format and the site.");
        // Order here is the order in --help: the data flows from run (measure) through validate to publish.
        root.Subcommands.Add(RunCommand.Create(context));
        root.Subcommands.Add(EnginesCommand.Create(context));
        root.Subcommands.Add(ImportCommand.Create(context));
        root.Subcommands.Add(ValidateCommand.Create(context));
        root.Subcommands.Add(RecordCommand.Create(context));
        root.Subcommands.Add(MigrateCommand.Create(context));
        root.Subcommands.Add(BuildCommand.Create(context));
        root.Subcommands.Add(PublishCommand.Create(context));
        root.Subcommands.Add(CompareCommand.Create(context));
        root.Subcommands.Add(DetectCommand.Create(context));
        root.Subcommands.Add(AnalyzeCommand.Create(context));
        root.Subcommands.Add(CommentCommand.Create(context));
        root.Subcommands.Add(BotCommand.Create(context));
        return root;
    }

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var context = new CliContext(stdout, stderr);
        var root = CreateRootCommand(context);
        var config = new InvocationConfiguration { Output = stdout, Error = stderr };
        return await root.Parse(args).InvokeAsync(config);
    }
}
