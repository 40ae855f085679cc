using System.CommandLine;
using StaticBench.Store.Publishing;

namespace StaticBench.Cli.Commands;

/// <summary><c>staticbench publish --site DIR --repo REPO</c>: replaces the Pages branch with the built
/// site as one parentless commit.</summary>
public static class PublishCommand
{
    public static Command Create(CliContext context)
    {
        var site = new Option<string>("--site") { Description = "The built site folder.", Required = true };
        var repo = new Option<string>("--repo") { Description = "Repository to publish to: a local folder or a remote URL.", Required = true };
        var branch = new Option<string>("--branch") { Description = "Pages branch (replaced on every publish).", DefaultValueFactory = _ => "gh-pages" };
        var message = new Option<string?>("--message") { Description = "Commit message." };
        var cache = MirrorCacheOption.Create();
        var command = new Command("publish", "Publish a built site to a Pages branch as a single commit.")
        {
            site, repo, branch, message, cache,
        };
        command.SetAction(parse => Run(context, new PublishOptions(
            parse.GetValue(site)!, parse.GetValue(repo)!, parse.GetValue(branch)!, parse.GetValue(message), parse.GetValue(cache))));
        return command;
    }

    public static int Run(CliContext context, PublishOptions options) => CommandErrors.Run(context, () =>
    {
        if (new Site.Output.StagedChanges(Path.GetFullPath(options.Site)).Pending)
        {
            throw new IOException($"the last build of {options.Site} was stopped before it finished writing; run staticbench build again before publishing it");
        }

        var outcome = Publisher.Publish(options);
        context.Out.WriteLine(outcome.Changed
            ? $"published {outcome.FileCount} file(s) to {options.Branch}: commit {outcome.CommitId}"
            : $"site unchanged: {options.Branch} stays at {outcome.CommitId}");
        return 0;
    });
}
