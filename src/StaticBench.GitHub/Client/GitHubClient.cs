using System.Runtime.CompilerServices;
using Octokit;
using Octokit.Internal;

namespace StaticBench.GitHub.Client;

/// <summary>
/// The few GitHub REST endpoints StaticBench needs, over Octokit: issue comments, reactions, pull requests,
/// collaborator permission and commit statuses. Octokit speaks the API; <see cref="GitHubCalls"/> adds waits
/// on rate limits, read retries and never-repeated writes; <see cref="ConditionalRequestHandler"/> adds ETag
/// polling and keeps every request on the API host. Answers come back as our own small records
/// (<see cref="IssueComment"/>, <see cref="PullRequest"/>, ...), so Octokit stays inside this project.
/// </summary>
public sealed class GitHubClient
{
    private readonly Octokit.GitHubClient _octokit;
    private readonly GitHubCalls _calls;

    public GitHubClient(GitHubClientOptions? options = null)
    {
        // Octokit reads and writes GitHub's JSON with code it generates at run time. A native build has none: there
        // Octokit posts empty comments and fails on lists, so it refuses before any call.
        if (!RuntimeFeature.IsDynamicCodeSupported)
        {
            throw new PlatformNotSupportedException(
                "the native staticbench cannot call GitHub (Octokit needs code generated at run time): run this command with the managed build, dotnet staticbench.dll");
        }

        options ??= new GitHubClientOptions();
        var baseUrl = options.BaseUrl.AbsoluteUri.EndsWith('/') ? options.BaseUrl : new Uri(options.BaseUrl.AbsoluteUri + "/");

        // A Connection given the full API base uses it as is (GitHubClient's own constructor would add api/v3/).
        var credentials = options.Token is { Length: > 0 } token ? new Credentials(token, AuthenticationType.Bearer) : Credentials.Anonymous;
        var connection = new Connection(
            new ProductHeaderValue(options.UserAgent),
            baseUrl,
            new InMemoryCredentialStore(credentials),
            new HttpClientAdapter(() => new ConditionalRequestHandler(baseUrl)),
            new SimpleJsonSerializer());
        connection.SetRequestTimeout(options.RequestTimeout);
        _octokit = new Octokit.GitHubClient(connection);
        _calls = new GitHubCalls(options);
    }

    /// <summary>Comments on every issue and pull request of a repository updated at or after <paramref name="since"/>, oldest update first.</summary>
    public Task<List<IssueComment>> ListRepositoryCommentsAsync(RepositoryName repo, DateTimeOffset? since, CancellationToken cancel = default) =>
        _calls.ReadAsync($"GET repos/{repo}/issues/comments", async () =>
        {
            var request = new IssueCommentRequest { Sort = IssueCommentSort.Updated, Direction = SortDirection.Ascending, Since = since };
            var comments = await _octokit.Issue.Comment.GetAllForRepository(repo.Owner, repo.Name, request, new ApiOptions { PageSize = 100 }).ConfigureAwait(false);
            return comments.Select(Map).ToList();
        }, cancel);

    /// <summary>Every comment on one issue or pull request, oldest first.</summary>
    public Task<List<IssueComment>> ListIssueCommentsAsync(RepositoryName repo, int issue, CancellationToken cancel = default) =>
        _calls.ReadAsync($"GET repos/{repo}/issues/{issue}/comments", async () =>
            (await _octokit.Issue.Comment.GetAllForIssue(repo.Owner, repo.Name, issue, new ApiOptions { PageSize = 100 }).ConfigureAwait(false)).Select(Map).ToList(), cancel);

    public Task<IssueComment> CreateIssueCommentAsync(RepositoryName repo, int issue, string body, CancellationToken cancel = default) =>
        _calls.WriteAsync($"POST repos/{repo}/issues/{issue}/comments", async () =>
            Map(await _octokit.Issue.Comment.Create(repo.Owner, repo.Name, issue, body).ConfigureAwait(false)), cancel);

    public Task<IssueComment> UpdateIssueCommentAsync(RepositoryName repo, long commentId, string body, CancellationToken cancel = default) =>
        _calls.WriteAsync($"PATCH repos/{repo}/issues/comments/{commentId}", async () =>
            Map(await _octokit.Issue.Comment.Update(repo.Owner, repo.Name, commentId, body).ConfigureAwait(false)), cancel);

    /// <summary>Reacts to a comment (<c>+1</c>, <c>eyes</c>, <c>rocket</c>, ...). Reacting twice is harmless: GitHub returns the existing reaction.</summary>
    public Task<Reaction> CreateReactionAsync(RepositoryName repo, long commentId, string content, CancellationToken cancel = default) =>
        _calls.WriteAsync($"POST repos/{repo}/issues/comments/{commentId}/reactions", async () =>
        {
            var type = Enum.GetValues<ReactionType>().Single(t => string.Equals(new StringEnum<ReactionType>(t).StringValue, content, StringComparison.Ordinal));
            var reaction = await _octokit.Reaction.IssueComment.Create(repo.Owner, repo.Name, commentId, new NewReaction(type)).ConfigureAwait(false);
            return new Reaction(reaction.Id, reaction.Content.StringValue);
        }, cancel);

    public Task<PullRequest> GetPullRequestAsync(RepositoryName repo, int number, CancellationToken cancel = default) =>
        _calls.ReadAsync($"GET repos/{repo}/pulls/{number}", async () =>
        {
            var pull = await _octokit.PullRequest.Get(repo.Owner, repo.Name, number).ConfigureAwait(false);
            return new PullRequest(pull.Number, pull.State.StringValue, pull.Title, Map(pull.User), Map(pull.Head), Map(pull.Base), pull.HtmlUrl);
        }, cancel);

    /// <summary><c>admin</c>, <c>maintain</c>, <c>write</c>, <c>triage</c>, <c>read</c> or <c>none</c>.</summary>
    public Task<string> GetCollaboratorPermissionAsync(RepositoryName repo, string user, CancellationToken cancel = default) =>
        _calls.ReadAsync($"GET repos/{repo}/collaborators/{user}/permission", async () =>
            (await _octokit.Repository.Collaborator.ReviewPermission(repo.Owner, repo.Name, user).ConfigureAwait(false)).Permission, cancel);

    public Task<CommitStatus> CreateCommitStatusAsync(RepositoryName repo, string sha, CommitStatusRequest status, CancellationToken cancel = default) =>
        _calls.WriteAsync($"POST repos/{repo}/statuses/{sha}", async () =>
        {
            var state = Enum.GetValues<CommitState>().Single(s => string.Equals(new StringEnum<CommitState>(s).StringValue, status.State, StringComparison.Ordinal));
            var created = await _octokit.Repository.Status.Create(repo.Owner, repo.Name, sha, new NewCommitStatus
            {
                State = state, Context = status.Context, Description = status.Description, TargetUrl = status.TargetUrl,
            }).ConfigureAwait(false);
            return new CommitStatus(created.Id, created.State.StringValue, created.Context, created.Description, created.TargetUrl);
        }, cancel);

    private static IssueComment Map(Octokit.IssueComment c) =>
        new(c.Id, c.Body, Map(c.User), c.CreatedAt, c.UpdatedAt ?? c.CreatedAt, c.HtmlUrl);

    private static GitHubUser Map(User user) => new(user.Login, user.Id, user.Type?.ToString());

    private static GitRef Map(Octokit.GitReference reference) => new(
        reference.Ref,
        reference.Sha,
        reference.Repository is { } r ? new RepositoryInfo(r.FullName, r.CloneUrl, r.Fork) : null);
}
