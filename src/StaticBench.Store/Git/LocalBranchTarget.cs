using LibGit2Sharp;

namespace StaticBench.Store.Git;

/// <summary>
/// A repository on this machine (bare or not), opened in place: objects go straight into its object
/// database and the branch moves by compare-and-swap (<see cref="RefCompareAndSwap"/>). When the
/// branch is checked out, the paths the new commit touched are checked out too, so the work tree
/// and index stay clean; nothing else in the work tree is touched. They are checked out before the
/// branch moves, in the order <c>git commit</c> itself uses (index first, ref last): a process killed
/// in between leaves the new files staged as additions, never the branch ahead of an index that
/// lacks them (which <c>git status</c> shows as staged deletions, and a plain <c>git commit</c> there
/// would delete recorded results).
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

    /// <summary>
    /// For tests: runs between checking out the new paths and moving the branch, where a crash would stop. Seen only
    /// by the code flow that set it, so tests recording at the same time in other classes are not killed too.
    /// </summary>
    internal static Action? BeforeMoveForTests
    {
        get => BeforeMove.Value;
        set => BeforeMove.Value = value;
    }

    private static readonly AsyncLocal<Action?> BeforeMove = new();

    public bool TryMove(Commit? expected, NewCommit next)
    {
        var log = $"staticbench: {next.Commit.MessageShort}";
        var headWillFollow = expected is null && HeadIsUnbornAndAlone();
        SyncCheckedOutPaths(next, headWillFollow);
        BeforeMoveForTests?.Invoke();
        if (!RefCompareAndSwap.TryUpdate(Repository, _canonicalBranch, next.Commit.Id, expected?.Id, log))
        {
            return false; // the paths stay checked out: the rebuilt commit on the new tip holds them too
        }

        if (headWillFollow)
        {
            Repository.Refs.UpdateTarget(Repository.Refs.Head, Repository.Refs[_canonicalBranch], "staticbench: first branch");
        }

        return true;
    }

    public void Dispose() => Repository.Dispose();

    /// <summary>In a repository that had no commits, HEAD names a branch that does not exist (often
    /// <c>master</c>); once we create the first branch, HEAD is pointed at it so clones check it out.</summary>
    private bool HeadIsUnbornAndAlone() =>
        Repository.Refs.Head is SymbolicReference { Target: null } && !Repository.Branches.Any(b => !b.IsRemote);

    private void SyncCheckedOutPaths(NewCommit next, bool headWillFollow)
    {
        var checkedOut = Repository.Refs.Head.TargetIdentifier == _canonicalBranch || headWillFollow;
        if (Repository.Info.IsBare || !checkedOut || next.TouchedPaths.Count == 0)
        {
            return;
        }

        Repository.CheckoutPaths(
            next.Commit.Sha,
            next.TouchedPaths,
            new CheckoutOptions { CheckoutModifiers = CheckoutModifiers.Force });
    }
}
