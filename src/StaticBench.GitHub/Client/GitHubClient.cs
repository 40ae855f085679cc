namespace StaticBench.GitHub.Client;

/// <summary>
/// The few GitHub REST endpoints StaticBench needs: issue comments, reactions, pull requests,
/// collaborator permission, commit statuses and the merge base of two commits. Octokit is not on our
/// package mirror; this is a small typed client over HttpClient and source-generated System.Text.Json.
/// </summary>
public sealed class GitHubClient
{
    private readonly GitHubConnection _connection;

    public GitHubClient(HttpClient http, GitHubClientOptions? options = null)
    {
        options ??= new GitHubClientOptions();
        if (!options.BaseUrl.AbsoluteUri.EndsWith('/'))
        {
            options = options with { BaseUrl = new Uri(options.BaseUrl.AbsoluteUri + "/") };
        }

        _connection = new GitHubConnection(http, options);
    }

    /// <summary>Comments on every issue and pull request of a repository updated at or after <paramref name="since"/>, oldest update first.</summary>
    public Task<List<IssueComment>> ListRepositoryCommentsAsync(RepositoryName repo, DateTimeOffset? since, CancellationToken cancel = default)
    {
        var query = since is { } s ? $"&since={Uri.EscapeDataString(s.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture))}" : "";
        return _connection.GetAllPagesAsync($"repos/{repo.Path}/issues/comments?sort=updated&direction=asc&per_page=100{query}", GitHubJsonContext.Default.ListIssueComment, cancel);
    }

    /// <summary>Every comment on one issue or pull request, oldest first.</summary>
    public Task<List<IssueComment>> ListIssueCommentsAsync(RepositoryName repo, int issue, CancellationToken cancel = default) =>
        _connection.GetAllPagesAsync($"repos/{repo.Path}/issues/{issue}/comments?per_page=100", GitHubJsonContext.Default.ListIssueComment, cancel);

    public Task<IssueComment> CreateIssueCommentAsync(RepositoryName repo, int issue, string body, CancellationToken cancel = default) =>
        _connection.SendAsync(HttpMethod.Post, $"repos/{repo.Path}/issues/{issue}/comments", new CommentBody(body), GitHubJsonContext.Default.CommentBody, GitHubJsonContext.Default.IssueComment, cancel);

    public Task<IssueComment> UpdateIssueCommentAsync(RepositoryName repo, long commentId, string body, CancellationToken cancel = default) =>
        _connection.SendAsync(HttpMethod.Patch, $"repos/{repo.Path}/issues/comments/{commentId}", new CommentBody(body), GitHubJsonContext.Default.CommentBody, GitHubJsonContext.Default.IssueComment, cancel);

    /// <summary>Reacts to a comment (<c>+1</c>, <c>eyes</c>, <c>rocket</c>, ...). Reacting twice is harmless: GitHub returns the existing reaction.</summary>
    public Task<Reaction> CreateReactionAsync(RepositoryName repo, long commentId, string content, CancellationToken cancel = default) =>
        _connection.SendAsync(HttpMethod.Post, $"repos/{repo.Path}/issues/comments/{commentId}/reactions", new ReactionBody(content), GitHubJsonContext.Default.ReactionBody, GitHubJsonContext.Default.Reaction, cancel);

    public Task<PullRequest> GetPullRequestAsync(RepositoryName repo, int number, CancellationToken cancel = default) =>
        _connection.GetAsync($"repos/{repo.Path}/pulls/{number}", GitHubJsonContext.Default.PullRequest, cancel);

    /// <summary><c>admin</c>, <c>maintain</c>, <c>write</c>, <c>triage</c>, <c>read</c> or <c>none</c>.</summary>
    public async Task<string> GetCollaboratorPermissionAsync(RepositoryName repo, string user, CancellationToken cancel = default) =>
        (await _connection.GetAsync($"repos/{repo.Path}/collaborators/{Uri.EscapeDataString(user)}/permission", GitHubJsonContext.Default.CollaboratorPermission, cancel).ConfigureAwait(false)).Permission;

    public Task<CommitStatus> CreateCommitStatusAsync(RepositoryName repo, string sha, CommitStatusRequest status, CancellationToken cancel = default) =>
        _connection.SendAsync(HttpMethod.Post, $"repos/{repo.Path}/statuses/{Uri.EscapeDataString(sha)}", status, GitHubJsonContext.Default.CommitStatusRequest, GitHubJsonContext.Default.CommitStatus, cancel);

    /// <summary>The commit where <paramref name="head"/> branched from <paramref name="base"/>: what a pull request is compared against.</summary>
    public async Task<string> GetMergeBaseAsync(RepositoryName repo, string @base, string head, CancellationToken cancel = default) =>
        (await _connection.GetAsync($"repos/{repo.Path}/compare/{Uri.EscapeDataString(@base)}...{Uri.EscapeDataString(head)}", GitHubJsonContext.Default.CompareResponse, cancel).ConfigureAwait(false)).MergeBaseCommit.Sha;
}
