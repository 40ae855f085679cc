using System.CommandLine;
using StaticBench.Cli.References;
using StaticBench.Schema.Validation;

namespace StaticBench.Cli.Commands;

/// <summary><c>staticbench validate FILE...</c>: checks result files and names every problem by file and JSON path.</summary>
public static class ValidateCommand
{
    public static Command Create(CliContext context)
    {
        var files = new Argument<string[]>("FILE") { Description = "Result files to check.", Arity = ArgumentArity.OneOrMore };
        var command = new Command("validate", "Check result files, and reference files of published numbers, against their formats (docs/result-format.md).") { files };
        command.SetAction(parse => Run(context, parse.GetValue(files)!));
        return command;
    }

    public static int Run(CliContext context, IReadOnlyList<string> files)
    {
        var failed = 0;
        foreach (var file in files)
        {
            if (ReferenceFiles.Validate(context, file) is { } referenceValid)
            {
                failed += referenceValid ? 0 : 1;
                continue;
            }

            var outcome = ResultReader.ReadFile(file);
            if (outcome.IsValid)
            {
                context.Out.WriteLine($"ok {file}: run {outcome.Result!.Run.Id}, {outcome.Result.Results.Count} result(s)");
                continue;
            }

            failed++;
            foreach (var problem in outcome.Problems)
            {
                context.Error.WriteLine(problem);
            }
        }

        if (failed > 0)
        {
            context.Error.WriteLine($"{failed} of {files.Count} file(s) invalid");
            return CliApp.InputError;
        }

        return 0;
    }
}
