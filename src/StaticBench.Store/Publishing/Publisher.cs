using LibGit2Sharp;
using StaticBench.Store.Git;

namespace StaticBench.Store.Publishing;

/// <summary>
/// Publishes a built site as a single parentless commit that replaces the Pages branch: visitors see
/// the old site or the new one, never half of each, and the branch never grows (old sites become
/// unreachable and are garbage-collected). An unchanged site publishes nothing.
/// </summary>
public static class Publisher
{
    /// <exception cref="DataRepositoryException">The site folder is missing or empty, or the repository is unusable.</exception>
    public static PublishOutcome Publish(PublishOptions options)
    {
        var site = Path.GetFullPath(options.Site);
        var files = SiteTree.ListFiles(site);
        Tree? tree = null;
        NewCommit? Build(Repository repository, Commit? tip)
        {
            tree ??= SiteTree.Write(repository, site, files);
            if (tip?.Tree.Id == tree.Id)
            {
                return null;
            }

            var signature = CommitSignature.For(repository);
            var message = options.Message ?? $"Publish site ({files.Count} file(s))";
            var commit = repository.ObjectDatabase.CreateCommit(signature, signature, message + "\n", tree, [], prettifyMessage: false);
            return new NewCommit(commit, [.. files.Append(SiteTree.NoJekyll).Distinct()]);
        }

        var update = BranchMover.Update(
            DataRepositoryLocation.Parse(options.Repository), options.Branch, Build, new BranchMoverOptions(CacheRoot: options.CacheRoot));
        var count = files.Count + (files.Contains(SiteTree.NoJekyll) ? 0 : 1);
        return new PublishOutcome(update.CommitId, update.Changed, count);
    }
}
