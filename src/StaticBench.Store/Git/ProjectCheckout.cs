using LibGit2Sharp;
using StaticBench.Schema.Model;

namespace StaticBench.Store.Git;

/// <summary>
/// Puts one commit of the benchmarked project into a plain folder (no <c>.git</c>), fetching through the
/// same cached bare mirror as the data repository (<see cref="MirrorCache"/>). The bot uses it for a pull
/// request's head and merge base: the folder is what a build command and an engine see, and nothing in it
/// can reach the mirror or its credentials.
/// </summary>
public static class ProjectCheckout
{
    /// <summary>
    /// Fetches <paramref name="refSpecs"/> (e.g. <c>+refs/pull/7/head:refs/staticbench/pull/7</c>) from
    /// <paramref name="url"/> into its mirror, then writes the tree of <paramref name="commit"/> into
    /// <paramref name="folder"/> (emptied first) and describes the commit for <c>run.project</c>.
    /// </summary>
    /// <exception cref="DataRepositoryException">The fetch failed or the commit is not in what was fetched.</exception>
    public static ProjectInfo Materialize(string url, IReadOnlyList<string> refSpecs, string commit, string folder, string branch, string? cacheRoot = null)
    {
        GitEnvironment.EnsureInitialized();
        try
        {
            using var mirror = MirrorCache.Open(url, cacheRoot);
            var repository = mirror.Repository;
            if (repository.Lookup<Commit>(commit) is null)
            {
                Fetch(repository, url, refSpecs);
            }

            var found = repository.Lookup<Commit>(commit)
                ?? throw new DataRepositoryException($"commit {commit} is not in {url} (fetched {string.Join(", ", refSpecs)})");
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }

            Directory.CreateDirectory(folder);
            Write(found.Tree, Path.GetFullPath(folder));
            return new ProjectInfo
            {
                Repository = ProjectCommits.WebUrl(url),
                Commit = found.Sha,
                Branch = branch,
                CommitTime = found.Committer.When,
                Subject = CommitSubject.Of(found),
                Parents = [.. found.Parents.Select(p => p.Sha)],
            };
        }
        catch (LibGit2SharpException e)
        {
            throw new DataRepositoryException($"cannot check out {commit} of {url}: {e.Message}", e);
        }
    }

    /// <summary>
    /// The merge base of <paramref name="head"/> and <paramref name="base"/> (where a pull request branched),
    /// computed in the project's mirror, fetching <paramref name="refSpecs"/> first when either commit is missing.
    /// </summary>
    /// <exception cref="DataRepositoryException">The fetch failed, a commit is not there, or the two share no history.</exception>
    public static string MergeBase(string url, IReadOnlyList<string> refSpecs, string @base, string head, string? cacheRoot = null)
    {
        GitEnvironment.EnsureInitialized();
        try
        {
            using var mirror = MirrorCache.Open(url, cacheRoot);
            var repository = mirror.Repository;
            if (repository.Lookup<Commit>(@base) is null || repository.Lookup<Commit>(head) is null)
            {
                Fetch(repository, url, refSpecs);
            }

            Commit Find(string commit) => repository.Lookup<Commit>(commit)
                ?? throw new DataRepositoryException($"commit {commit} is not in {url} (fetched {string.Join(", ", refSpecs)})");
            return repository.ObjectDatabase.FindMergeBase(Find(@base), Find(head))?.Sha
                ?? throw new DataRepositoryException($"{@base} and {head} share no history in {url}");
        }
        catch (LibGit2SharpException e)
        {
            throw new DataRepositoryException($"cannot find the merge base of {@base} and {head} in {url}: {e.Message}", e);
        }
    }

    private static void Fetch(Repository repository, string url, IReadOnlyList<string> refSpecs)
    {
        var options = new FetchOptions { CredentialsProvider = RemoteBranchTarget.Credentials, Prune = false, TagFetchMode = TagFetchMode.None };
        try
        {
            Commands.Fetch(repository, RemoteBranchTarget.RemoteName, refSpecs, options, logMessage: null);
        }
        catch (LibGit2SharpException e)
        {
            throw new DataRepositoryException(
                $"cannot fetch {string.Join(", ", refSpecs)} from {url}: {e.Message}. Check the URL and, for a private " +
                $"repository, set {RemoteBranchTarget.TokenVariable}.", e);
        }
    }

    /// <summary>Writes blobs (keeping the executable bit) and symbolic links; submodules are left out (their commits are not here).</summary>
    private static void Write(Tree tree, string folder)
    {
        foreach (var entry in tree)
        {
            var path = Path.Combine(folder, entry.Name);
            switch (entry.Target)
            {
                case Tree subtree:
                    Directory.CreateDirectory(path);
                    Write(subtree, path);
                    break;
                case Blob blob when entry.Mode == Mode.SymbolicLink:
                    File.CreateSymbolicLink(path, blob.GetContentText());
                    break;
                case Blob blob:
                    using (var source = blob.GetContentStream())
                    using (var target = File.Create(path))
                    {
                        source.CopyTo(target);
                    }

                    if (entry.Mode == Mode.ExecutableFile && !OperatingSystem.IsWindows())
                    {
                        File.SetUnixFileMode(path, File.GetUnixFileMode(path) | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
                    }

                    break;
            }
        }
    }
}
