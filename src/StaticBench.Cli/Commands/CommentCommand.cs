using System.CommandLine;
using StaticBench.Analysis.Comparisons;
using StaticBench.Cli.Comparing;
using StaticBench.GitHub.Client;

namespace StaticBench.Cli.Commands;

/// <summary>What <c>staticbench comment</c> was asked to post.</summary>
public sealed record CommentOptions(
    string Base,
    string Head,
    string Repository,
    int PullRequest,
    string? Data = null,
    string Branch = "main",
    string DataFolder = "",
    string Id = "comparison",
    string ApiUrl = "https://api.github.com/",
    string? SiteUrl = null,
    double Threshold = 1.0,
    double? FailOnRegression = null,
    string? CacheRoot = null);

/// <summary>
/// <c>staticbench comment BASE HEAD --repo owner/name --pr N</c>: posts the comparison of two result sets
/// as one sticky comment on a pull request, updated in place on every later call with the same <c>--id</c>.
/// For CI without a bot; on fork pull requests, run it from the privileged half of the two-workflow
/// pattern (docs/github.md), never from the workflow that runs the fork's code.
/// </summary>
public static class CommentCommand
{
    public static Command Create(CliContext context)
    {
        var baseArg = new Argument<string>("BASE") { Description = "Base: a result file, or with --data a commit, branch or 'auto'." };
        var headArg = new Argument<string>("HEAD") { Description = "Head: a result file, or with --data a commit or branch." };
        var repo = new Option<string>("--repo") { Description = "The pull request's repository, owner/name.", Required = true };
        var pr = new Option<int>("--pr") { Description = "The pull request number.", Required = true };
        var data = new Option<string?>("--data") { Description = "Data repository to look commits and branches up in." };
        var branch = new Option<string>("--branch") { Description = "Data branch to read.", DefaultValueFactory = _ => "main" };
        var path = new Option<string>("--path") { Description = "Data folder inside the data repository.", DefaultValueFactory = _ => "" };
        var id = new Option<string>("--id") { Description = "Which sticky comment to keep (one per id and pull request).", DefaultValueFactory = _ => "comparison" };
        var api = new Option<string>("--api-url") { Description = "GitHub API base URL (GitHub Enterprise: https://HOST/api/v3/).", DefaultValueFactory = _ => "https://api.github.com/" };
        var site = new Option<string?>("--site-url") { Description = "The benchmark site's address: the comment links its compare view of the two commits and shows the trend images of the worst regressions." };
        var threshold = new Option<double>("--threshold") { Description = "Changes smaller than this many percent are 'no change'.", DefaultValueFactory = _ => 1.0 };
        var fail = new Option<double?>("--fail-on-regression") { Description = $"After commenting, exit with {CompareCommand.RegressionFound} when a series regressed by more than this many percent." };
        var cache = MirrorCacheOption.Create();
        var command = new Command("comment", $"Post or update one comment on a pull request with the comparison of two result sets. The token comes from ${GitHubToken.Variables[0]} or ${GitHubToken.Variables[1]}.")
        {
            baseArg, headArg, repo, pr, data, branch, path, id, api, site, threshold, fail, cache,
        };
        command.SetAction((parse, cancel) => RunAsync(context, new CommentOptions(
            parse.GetValue(baseArg)!, parse.GetValue(headArg)!, parse.GetValue(repo)!, parse.GetValue(pr), parse.GetValue(data),
            parse.GetValue(branch)!, parse.GetValue(path)!, parse.GetValue(id)!, parse.GetValue(api)!, parse.GetValue(site),
            parse.GetValue(threshold), parse.GetValue(fail), parse.GetValue(cache)), cancel));
        return command;
    }

    public static Task<int> RunAsync(CliContext context, CommentOptions options, CancellationToken cancel = default) =>
        CommandErrors.RunAsync(context, () => CommentAsync(context, options, cancel));

    private static async Task<int> CommentAsync(CliContext context, CommentOptions options, CancellationToken cancel)
    {
        if (GitHubToken.FromEnvironment() is not { } token)
        {
            return CommandErrors.Fail(context, $"set {string.Join(" or ", GitHubToken.Variables)} to a token that may comment on {options.Repository}");
        }

        var repository = RepositoryName.Parse(options.Repository);
        var (baseSide, headSide) = ComparisonInputs.Load(options.Base, options.Head, options.Data, options.Branch, options.DataFolder, options.CacheRoot);
        var report = ComparisonSet.Compare(baseSide, headSide, new ComparisonOptions { Threshold = options.Threshold / 100 });
        var marker = $"<!-- staticbench:comment id={Uri.EscapeDataString(options.Id)} -->";
        var heading = $"{marker}\n### StaticBench: {ComparisonMarkdown.Escape(report.HeadLabel)} vs {ComparisonMarkdown.Escape(report.BaseLabel)}\n\n";
        var body = heading + ComparisonComment.Render(report, SiteSection.Markdown(options.SiteUrl, baseSide, headSide, report), ComparisonComment.GitHubLimit - heading.Length);
        var github = new GitHubClient(new GitHubClientOptions { BaseUrl = new Uri(options.ApiUrl), Token = token });
        var comment = await StickyComment.UpsertAsync(github, repository, options.PullRequest, marker, body, cancel: cancel);
        context.Out.WriteLine($"commented on {repository}#{options.PullRequest}: {comment.HtmlUrl}");
        return RegressionGate.Check(context, report, options.FailOnRegression);
    }
}
