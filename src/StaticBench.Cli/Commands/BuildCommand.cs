using System.CommandLine;
using StaticBench.Cli.Building;

namespace StaticBench.Cli.Commands;

/// <summary><c>staticbench build --data REPO</c>: reads the data repository's history and writes the static site.</summary>
public static class BuildCommand
{
    public static Command Create(CliContext context)
    {
        var data = new Option<string>("--data") { Description = "Data repository: a local folder (bare or not) or a remote URL.", Required = true };
        var branch = new Option<string>("--branch") { Description = "Data branch to read.", DefaultValueFactory = _ => "main" };
        var path = new Option<string>("--path") { Description = "Data folder inside the repository (default: its root).", DefaultValueFactory = _ => "" };
        var output = new Option<string>("--out") { Description = "Folder to write the site to.", DefaultValueFactory = _ => "site" };
        var templates = new Option<string?>("--templates") { Description = "Your copy of the templates/ folder, to change how pages look." };
        var title = new Option<string>("--title") { Description = "Site title.", DefaultValueFactory = _ => "Benchmarks" };
        var projectBranch = new Option<string?>("--project-branch")
        {
            Description = "The benchmarked project's main branch; runs of other branches stay off the trend lines (default: the most common branch).",
        };
        var full = new Option<bool>("--full") { Description = "Read the whole history and scan every series for change points again, instead of only what changed since the last build." };
        var sampleCommits = new Option<int>("--sample-commits")
        {
            Description = "Publish raw samples for the compare view for this many of the newest commits (pull-request heads and their bases always): " +
                          "each costs about 10 KB per 100 series of 10 samples; older commits are compared with `staticbench compare`.",
            DefaultValueFactory = _ => 250,
        };
        sampleCommits.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 0)
            {
                r.AddError("--sample-commits must be 0 or more.");
            }
        });
        var timings = new Option<bool>("--timings") { Description = "Print how long each step took (reading the history, change points, each kind of page), in wall time and the process's CPU time, with the collector's pauses and the bytes allocated, to standard error." };
        var cache = MirrorCacheOption.Create();
        var command = new Command("build", "Build the static site from a data repository's history.")
        {
            data, branch, path, output, templates, title, projectBranch, full, sampleCommits, timings, cache,
        };
        command.SetAction(parse => Run(context, new BuildOptions(
            parse.GetValue(data)!,
            parse.GetValue(branch)!,
            parse.GetValue(path)!,
            parse.GetValue(output)!,
            parse.GetValue(templates),
            parse.GetValue(title)!,
            parse.GetValue(projectBranch),
            parse.GetValue(cache),
            Incremental: !parse.GetValue(full),
            SampleCommits: parse.GetValue(sampleCommits)), parse.GetValue(timings)));
        return command;
    }

    public static int Run(CliContext context, BuildOptions options, bool timings = false) =>
        CommandErrors.Run(context, () => Report(context, options, SiteBuild.Run(options), timings));

    private static int Report(CliContext context, BuildOptions options, BuildOutcome outcome, bool timings)
    {
        if (timings)
        {
            foreach (var step in outcome.Timings)
            {
                context.Error.WriteLine(
                    $"{step.Step,-24} {step.Elapsed.TotalSeconds,8:0.000} s   cpu {step.Cpu.TotalSeconds,7:0.000} s   gc pause {step.GcPause.TotalSeconds,6:0.000} s   allocated {step.Allocated / 1048576.0,8:0.0} MiB");
            }
        }

        var (history, site) = (outcome.History, outcome.Site);
        if (site is null)
        {
            context.Out.WriteLine($"built {options.Output}: nothing new since data commit {Schema.Model.CommitId.Short(history.Snapshot.DataCommit)}, which it already shows (wrote 0)");
            return 0;
        }

        foreach (var skipped in history.Snapshot.Skipped)
        {
            context.Error.WriteLine(Reports.TerminalText.Printable($"skipped {skipped.Path}: {skipped.Reason}"));
        }

        foreach (var warning in site.Warnings)
        {
            context.Error.WriteLine(Reports.TerminalText.Printable($"warning: {warning}"));
        }

        var read = history.UsedCache ? $"{history.CommitsWalked} new commit(s), {history.BlobsRead} new file(s)" : $"{history.CommitsWalked} commit(s), {history.BlobsRead} file(s)";
        context.Out.WriteLine(
            $"built {options.Output}: {history.Snapshot.Runs.Count} run(s), {site.Benchmarks} benchmark(s), {site.Series} series " +
            $"(read {read}; wrote {site.Written}, unchanged {site.Unchanged}, removed {site.Deleted}; " +
            $"change points: {outcome.SeriesScanned} series scanned, {outcome.SeriesRemembered} remembered; " +
            $"images: {outcome.ImagesDrawn} drawn, {outcome.ImagesReused} unchanged)");
        return 0;
    }
}
