namespace StaticBench.Store.Git;

/// <summary>Opens the right <see cref="IBranchTarget"/> for a location: in place when local, through a mirror when remote.</summary>
internal static class BranchTargets
{
    public static IBranchTarget Open(DataRepositoryLocation location, string canonicalBranch, BranchMoverOptions options) =>
        location.IsRemote
            ? RemoteBranchTarget.Open(location.Value, canonicalBranch, options)
            : LocalBranchTarget.Open(location.Value, canonicalBranch);
}
