namespace StaticBench.GitHub.Client;

/// <summary>A repository as <c>owner/name</c>.</summary>
public readonly record struct RepositoryName(string Owner, string Name)
{
    /// <summary>Parses <c>owner/name</c>; both parts must be non-empty and contain no further slash.</summary>
    public static RepositoryName Parse(string text)
    {
        var parts = text.Split('/');
        if (parts.Length != 2 || parts.Any(p => p.Length == 0 || p.Any(char.IsWhiteSpace)))
        {
            throw new FormatException($"'{text}' is not a repository name of the form owner/name");
        }

        return new RepositoryName(parts[0], parts[1]);
    }

    public override string ToString() => $"{Owner}/{Name}";
}

public sealed record GitHubUser(string Login, long Id, string? Type = null);

/// <summary>A comment on an issue or pull request (GitHub treats pull requests as issues for comments).</summary>
public sealed record IssueComment(
    long Id,
    string Body,
    GitHubUser User,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    string HtmlUrl)
{
    /// <summary>The issue or pull request number, from <see cref="HtmlUrl"/> (<c>…/pull/7#issuecomment-1</c> or <c>…/issues/7#…</c>).</summary>
    public int IssueNumber
    {
        get
        {
            var path = new Uri(HtmlUrl).AbsolutePath.TrimEnd('/');
            return int.Parse(path[(path.LastIndexOf('/') + 1)..], System.Globalization.CultureInfo.InvariantCulture);
        }
    }
}

public sealed record GitRef(string Ref, string Sha, RepositoryInfo? Repo);

public sealed record RepositoryInfo(string FullName, string CloneUrl, bool Fork = false);

public sealed record PullRequest(int Number, string State, string Title, GitHubUser User, GitRef Head, GitRef Base, string HtmlUrl);

public sealed record Reaction(long Id, string Content);

/// <summary>A commit status as sent: <see cref="State"/> is pending, success, failure or error.</summary>
public sealed record CommitStatusRequest(string State, string Context, string? Description = null, string? TargetUrl = null);

public sealed record CommitStatus(long Id, string State, string Context, string? Description, string? TargetUrl);
