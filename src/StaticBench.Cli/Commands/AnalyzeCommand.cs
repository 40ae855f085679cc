using System.CommandLine;
using StaticBench.Analysis.Profiles;
using StaticBench.Cli.Analyzing;

namespace StaticBench.Cli.Commands;

/// <summary>Options of <c>staticbench analyze</c>.</summary>
public sealed record AnalyzeOptions(string File, string? Base, int Top, string Format, IReadOnlyList<string> Benchmarks);

/// <summary>
/// <c>staticbench analyze FILE [--base FILE]</c>: the top opcodes and functions of the instruction
/// profiles in a result file, or with a base, what changed between the two runs (docs/analysis.md).
/// </summary>
public static class AnalyzeCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("FILE") { Description = "A result file with instruction profiles (staticbench run --metric opcodes)." };
        var @base = new Option<string?>("--base") { Description = "A result file to compare against: shows what changed, largest change first." };
        var top = new Option<int>("--top") { Description = "Rows per table; the rest are summed in one row.", DefaultValueFactory = _ => 10 };
        var format = new Option<string>("--format") { Description = "pretty, json, markdown or csv.", DefaultValueFactory = _ => "pretty" };
        format.AcceptOnlyFromAmong("pretty", "json", "markdown", "csv");
        var bench = new Option<string[]>("--bench") { Description = "Only these benchmarks (name or suite/name).", AllowMultipleArgumentsPerToken = true };
        var command = new Command("analyze", "Where the instructions go: top opcodes and functions of a run's profiles, or their change against a base run.")
        {
            file, @base, top, format, bench,
        };
        command.SetAction(parse => Run(context, new AnalyzeOptions(
            parse.GetValue(file)!, parse.GetValue(@base), parse.GetValue(top), parse.GetValue(format)!, parse.GetValue(bench) ?? [])));
        return command;
    }

    public static int Run(CliContext context, AnalyzeOptions options) => CommandErrors.Run(context, () => Analyze(context, options));

    private static int Analyze(CliContext context, AnalyzeOptions options)
    {
        if (options.Top < 1)
        {
            throw new ArgumentException($"--top must be at least 1 (got {options.Top})");
        }

        var head = ProfileInputs.Read(options.File, options.Benchmarks);
        var report = options.Base is null
            ? ProfileReport.Of(options.File, head, options.Top)
            : ProfileReport.Of(options.File, options.Base, ProfileComparer.Compare(ProfileInputs.Read(options.Base, options.Benchmarks), head), options.Top);
        switch (options.Format)
        {
            case "json":
                context.Out.WriteLine(ProfileJson.Render(report));
                break;
            case "markdown":
                context.Out.Write(ProfileMarkdown.Render(report));
                break;
            case "csv":
                context.Out.Write(ProfileCsv.Render(report));
                break;
            default:
                ProfileTable.Write(context.Out, report);
                break;
        }

        return 0;
    }
}
