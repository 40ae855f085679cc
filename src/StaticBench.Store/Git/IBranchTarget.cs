using LibGit2Sharp;

namespace StaticBench.Store.Git;

/// <summary>
/// The two ways a branch can be moved safely: in place in a local repository (compare-and-swap on
/// the ref) or on a remote through a cached mirror (push, then verify). <see cref="BranchMover"/>
/// drives either one through the same read-build-try loop.
/// </summary>
internal interface IBranchTarget : IDisposable
{
    /// <summary>The repository new objects are written to.</summary>
    Repository Repository { get; }

    /// <summary>The branch's current tip as freshly as the target can know it (null: no such branch).</summary>
    Commit? ReadTip();

    /// <summary>Moves the branch from <paramref name="expected"/> to <paramref name="next"/>; false if
    /// another writer moved it first (the caller rebuilds on the new tip and tries again).</summary>
    bool TryMove(Commit? expected, NewCommit next);
}
