namespace StaticBench.GitHub.Client;

/// <summary>
/// One comment per pull request and purpose, found again by a hidden marker at its start and updated in
/// place, so re-runs and later pushes refresh the same comment instead of piling up new ones.
/// </summary>
public static class StickyComment
{
    /// <summary>
    /// Updates the newest comment on <paramref name="issue"/> that starts with <paramref name="marker"/> (and,
    /// when <paramref name="author"/> is given, was written by that login), or creates one. <paramref name="body"/>
    /// must start with the marker. <paramref name="knownId"/> skips the search when the caller remembers the comment.
    /// </summary>
    public static async Task<IssueComment> UpsertAsync(
        GitHubClient github, RepositoryName repo, int issue, string marker, string body, string? author = null, long? knownId = null, CancellationToken cancel = default)
    {
        if (!body.StartsWith(marker, StringComparison.Ordinal))
        {
            throw new ArgumentException("the body must start with its marker, or it will not be found again", nameof(body));
        }

        var existing = knownId ?? (await FindAsync(github, repo, issue, marker, author, cancel).ConfigureAwait(false))?.Id;
        return existing is { } id
            ? await github.UpdateIssueCommentAsync(repo, id, body, cancel).ConfigureAwait(false)
            : await github.CreateIssueCommentAsync(repo, issue, body, cancel).ConfigureAwait(false);
    }

    /// <summary>The newest comment on <paramref name="issue"/> that starts with <paramref name="marker"/> (and was written by <paramref name="author"/>, when given), or null.</summary>
    public static async Task<IssueComment?> FindAsync(GitHubClient github, RepositoryName repo, int issue, string marker, string? author = null, CancellationToken cancel = default) =>
        (await github.ListIssueCommentsAsync(repo, issue, cancel).ConfigureAwait(false))
            .LastOrDefault(c => c.Body.StartsWith(marker, StringComparison.Ordinal)
                                && (author is null || string.Equals(c.User.Login, author, StringComparison.OrdinalIgnoreCase)));
}
