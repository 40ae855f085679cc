using LibGit2Sharp;

namespace StaticBench.Store.Git;

/// <summary>
/// A repository on this machine (bare or not), opened in place: objects go straight into its object
/// database and the branch moves by compare-and-swap (<see cref="RefCompareAndSwap"/>). When the
/// branch is checked out, the paths the new commit touched are checked out too, so the work tree
/// and index stay clean; nothing else in the work tree is touched.
/// </summary>
internal sealed class LocalBranchTarget : IBranchTarget
{
    private readonly string _canonicalBranch;

    private LocalBranchTarget(Repository repository, string canonicalBranch)
    {
        Repository = repository;
        _canonicalBranch = canonicalBranch;
    }

    public Repository Repository { get; }

    public static LocalBranchTarget Open(string path, string canonicalBranch)
    {
        if (!Directory.Exists(path) || !Repository.IsValid(path))
        {
            throw new DataRepositoryException(
                $"no git repository at '{path}'. Create one with: git init --bare {path}");
        }

        return new LocalBranchTarget(new Repository(path), canonicalBranch);
    }

    public Commit? ReadTip() => Repository.Refs[_canonicalBranch]?.ResolveToDirectReference()?.Target as Commit;

    public bool TryMove(Commit? expected, NewCommit next)
    {
        var log = $"staticbench: {next.Commit.MessageShort}";
        if (!RefCompareAndSwap.TryUpdate(Repository, _canonicalBranch, next.Commit.Id, expected?.Id, log))
        {
            return false;
        }

        if (expected is null)
        {
            PointUnbornHeadAtBranch();
        }

        SyncCheckedOutPaths(next);
        return true;
    }

    public void Dispose() => Repository.Dispose();

    /// <summary>In a repository that had no commits, HEAD names a branch that does not exist (often
    /// <c>master</c>); point it at the branch we just created so clones check it out.</summary>
    private void PointUnbornHeadAtBranch()
    {
        var head = Repository.Refs.Head;
        if (head is SymbolicReference { Target: null } && Repository.Branches.Count(b => !b.IsRemote) == 1)
        {
            Repository.Refs.UpdateTarget(head, Repository.Refs[_canonicalBranch], "staticbench: first branch");
        }
    }

    private void SyncCheckedOutPaths(NewCommit next)
    {
        if (Repository.Info.IsBare || Repository.Refs.Head.TargetIdentifier != _canonicalBranch || next.TouchedPaths.Count == 0)
        {
            return;
        }

        Repository.CheckoutPaths(
            next.Commit.Sha,
            next.TouchedPaths,
            new CheckoutOptions { CheckoutModifiers = CheckoutModifiers.Force });
    }
}
