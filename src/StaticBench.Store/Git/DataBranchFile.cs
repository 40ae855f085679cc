using LibGit2Sharp;

namespace StaticBench.Store.Git;

/// <summary>
/// Reads one file from the tip of a data branch (local or remote, through the mirror), e.g. the bot's
/// allow-list <c>bot/allow-list.txt</c>: keeping it there makes adding a person a reviewed commit.
/// </summary>
public static class DataBranchFile
{
    /// <summary>The text of <paramref name="path"/> (repository-relative, forward slashes) at the branch tip, or null when absent.</summary>
    /// <exception cref="DataRepositoryException">The repository is missing or unreachable.</exception>
    public static string? Read(DataRepositoryLocation location, string branch, string path, string? cacheRoot = null)
    {
        GitEnvironment.EnsureInitialized();
        try
        {
            using var target = BranchTargets.Open(location, BranchMover.CanonicalBranch(branch), new BranchMoverOptions(CacheRoot: cacheRoot));
            return target.ReadTip()?[path]?.Target is Blob blob ? blob.GetContentText() : null;
        }
        catch (LibGit2SharpException e)
        {
            throw new DataRepositoryException($"cannot read {path} from branch '{branch}' of {location}: {e.Message}", e);
        }
    }
}
