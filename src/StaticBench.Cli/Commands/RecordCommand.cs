using System.CommandLine;
using StaticBench.Store.Recording;

namespace StaticBench.Cli.Commands;

/// <summary><c>staticbench record --data REPO FILE...</c>: validates result files and commits them, all
/// in one commit, to the data branch, safely under concurrent runners.</summary>
public static class RecordCommand
{
    public static Command Create(CliContext context)
    {
        var data = new Option<string>("--data")
        {
            Description = "Data repository: a local folder (bare or not; file:// counts as local) or a remote URL.",
            Required = true,
        };
        var branch = new Option<string>("--branch") { Description = "Data branch.", DefaultValueFactory = _ => "main" };
        var path = new Option<string>("--path") { Description = "Data folder inside the repository (default: its root).", DefaultValueFactory = _ => "" };
        var push = new Option<bool>("--push")
        {
            Description = "Require that the commit reaches a shared repository: a remote URL is always pushed to; a local " +
                "folder that is a clone of another repository is refused (record with --data <its URL> instead).",
        };
        var prefix = new Option<string?>("--message-prefix") { Description = "Text put before the commit subject." };
        var cache = MirrorCacheOption.Create();
        var files = new Argument<string[]>("FILE") { Description = "Result files to record.", Arity = ArgumentArity.OneOrMore };
        var command = new Command("record", "Validate result files and commit them to the data repository.")
        {
            data, branch, path, push, prefix, cache, files,
        };
        command.SetAction(parse => Run(context, new RecordOptions(
            parse.GetValue(data)!,
            parse.GetValue(files)!,
            parse.GetValue(branch)!,
            parse.GetValue(path)!,
            parse.GetValue(prefix),
            parse.GetValue(cache),
            Push: parse.GetValue(push))));
        return command;
    }

    public static int Run(CliContext context, RecordOptions options) =>
        CommandErrors.Run(context, () => Report(context, options, Recorder.Record(options)));

    private static int Report(CliContext context, RecordOptions options, RecordOutcome outcome)
    {
        if (!outcome.IsValid)
        {
            foreach (var problem in outcome.Problems)
            {
                context.Error.WriteLine(problem);
            }

            return CommandErrors.Fail(context, "nothing recorded; fix the files above and record again.");
        }

        foreach (var path in outcome.AlreadyRecorded)
        {
            context.Out.WriteLine($"already recorded {path}");
        }

        if (outcome.CommitId is null)
        {
            context.Out.WriteLine("nothing to record: every run is already in the data repository.");
            return 0;
        }

        foreach (var path in outcome.Added)
        {
            context.Out.WriteLine($"recorded {path}");
        }

        context.Out.WriteLine($"commit {outcome.CommitId} on {options.Branch}");
        return 0;
    }
}
