using LibGit2Sharp;
using StaticBench.Schema.Model;

namespace StaticBench.Store.Git;

/// <summary>Describes a commit of the benchmarked project for a result file's <c>run.project</c>.</summary>
public static class ProjectCommits
{
    /// <summary>
    /// Reads <paramref name="revision"/> of the repository that contains <paramref name="path"/>.
    /// The repository URL is the <c>origin</c> remote's (https form for GitHub ssh URLs), else the folder.
    /// </summary>
    public static ProjectInfo Describe(string path, string revision = "HEAD")
    {
        GitEnvironment.EnsureInitialized();
        var root = Discover(path) ?? throw new DataRepositoryException($"{path} is not inside a git repository");
        using var repo = new Repository(root);
        var commit = repo.Lookup<Commit>(revision) ?? throw new DataRepositoryException($"revision '{revision}' not found in {root}");
        var origin = repo.Network.Remotes["origin"]?.Url;
        return new ProjectInfo
        {
            Repository = origin is null ? repo.Info.WorkingDirectory ?? repo.Info.Path : WebUrl(origin),
            Commit = commit.Sha,
            Branch = repo.Head.IsTracking || !repo.Info.IsHeadDetached ? repo.Head.FriendlyName : "HEAD",
            CommitTime = commit.Committer.When,
            Subject = CommitSubject.Of(commit),
            Parents = commit.Parents.Select(p => p.Sha).ToArray(),
        };
    }

    /// <summary>The repository folder containing <paramref name="path"/>, the nearest first. Not <c>Repository.Discover</c>:
    /// in the native build its answer comes back through a buffer class whose contents never return, so it is always null.</summary>
    private static string? Discover(string path)
    {
        for (var dir = new DirectoryInfo(Path.GetFullPath(path)); dir is not null; dir = dir.Parent)
        {
            if (Repository.IsValid(dir.FullName))
            {
                return dir.FullName;
            }
        }

        return null;
    }

    /// <summary><c>git@github.com:org/repo.git</c> → <c>https://github.com/org/repo</c>; other URLs lose a trailing <c>.git</c>.</summary>
    public static string WebUrl(string remote)
    {
        var url = remote.EndsWith(".git", StringComparison.Ordinal) ? remote[..^4] : remote;
        if (url.StartsWith("git@", StringComparison.Ordinal) && url.IndexOf(':') is var colon and > 0)
        {
            url = $"https://{url[4..colon]}/{url[(colon + 1)..]}";
        }

        return url;
    }
}
