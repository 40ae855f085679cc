using System.CommandLine;
using StaticBench.Analysis.Comparisons;
using StaticBench.Cli.Comparing;
using StaticBench.Cli.Reports;

namespace StaticBench.Cli.Commands;

/// <summary>Options of <c>staticbench compare</c>.</summary>
public sealed record CompareOptions(
    string Base,
    string Head,
    string? Data,
    string Branch,
    string DataFolder,
    string Format,
    double? FailOnRegression,
    double Threshold,
    string? CacheRoot);

/// <summary>
/// <c>staticbench compare BASE HEAD</c>: two result files, or with <c>--data</c> two commits or
/// branches of the benchmarked project (base <c>auto</c>: head's merge base).
/// </summary>
public static class CompareCommand
{
    /// <summary>Exit code when <c>--fail-on-regression</c> is set and a regression exceeds it.</summary>
    public const int RegressionFound = 3;

    public static Command Create(CliContext context)
    {
        var baseArg = new Argument<string>("BASE") { Description = "Base: a result file, or with --data a commit, branch or 'auto' (head's merge base)." };
        var headArg = new Argument<string>("HEAD") { Description = "Head: a result file, or with --data a commit or branch." };
        var data = new Option<string?>("--data") { Description = "Data repository to look commits and branches up in (local folder or URL)." };
        var branch = new Option<string>("--branch") { Description = "Data branch to read.", DefaultValueFactory = _ => "main" };
        var path = new Option<string>("--path") { Description = "Data folder inside the repository.", DefaultValueFactory = _ => "" };
        var format = new Option<string>("--format") { Description = "pretty, json, markdown (for a pull-request comment) or csv (one row per series, for spreadsheets).", DefaultValueFactory = _ => "pretty" };
        format.AcceptOnlyFromAmong("pretty", "json", "markdown", "csv");
        var fail = new Option<double?>("--fail-on-regression")
        {
            Description = $"Exit with {RegressionFound} when a series regressed by more than this many percent (e.g. 2).",
        };
        var threshold = new Option<double>("--threshold")
        {
            Description = "Changes smaller than this many percent are 'no change' even when real.",
            DefaultValueFactory = _ => 1.0,
        };
        var cache = MirrorCacheOption.Create();
        var command = new Command("compare", "Compare two sets of results series by series: change with interval, significance, verdict (docs/statistics.md).")
        {
            baseArg, headArg, data, branch, path, format, fail, threshold, cache,
        };
        command.SetAction(parse => Run(context, new CompareOptions(
            parse.GetValue(baseArg)!, parse.GetValue(headArg)!, parse.GetValue(data), parse.GetValue(branch)!, parse.GetValue(path)!,
            parse.GetValue(format)!, parse.GetValue(fail), parse.GetValue(threshold), parse.GetValue(cache))));
        return command;
    }

    public static int Run(CliContext context, CompareOptions options) => CommandErrors.Run(context, () => Compare(context, options));

    private static int Compare(CliContext context, CompareOptions options)
    {
        var (baseSide, headSide) = ComparisonInputs.Load(options.Base, options.Head, options.Data, options.Branch, options.DataFolder, options.CacheRoot);
        var report = ComparisonSet.Compare(baseSide, headSide, new ComparisonOptions { Threshold = options.Threshold / 100 });
        switch (options.Format)
        {
            case "json":
                context.Out.WriteLine(ComparisonJson.Render(report));
                break;
            case "csv":
                context.Out.Write(ComparisonCsv.Render(report));
                break;
            case "markdown":
                context.Out.Write(ComparisonMarkdown.Render(report));
                break;
            default:
                ComparisonTable.Write(context.Out, report);
                break;
        }

        return RegressionGate.Check(context, report, options.FailOnRegression);
    }
}
