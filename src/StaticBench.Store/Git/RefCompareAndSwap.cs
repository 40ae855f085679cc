using static StaticBench.Store.Git.Libgit2Native;
using LibGit2Sharp;

namespace StaticBench.Store.Git;

/// <summary>
/// Moves a branch only if it still points where we last saw it: libgit2's
/// <c>git_reference_create_matching</c>, which compares the old value while holding the ref's lock file.
/// LibGit2Sharp does not expose it: its <c>Refs.UpdateTarget(reference, ...)</c> re-reads the ref by
/// name just before writing, so it silently overwrites a concurrent update (proved by
/// RefCompareAndSwapTests). We call the native function of the same libgit2 that LibGit2Sharp loads
/// (<see cref="Libgit2Native"/>).
/// </summary>
internal static class RefCompareAndSwap
{
    private const int ErrorExists = -4;
    private const int ErrorLocked = -14;
    private const int ErrorModified = -15;

    /// <summary>Points <paramref name="refName"/> at <paramref name="newId"/> if it currently points at
    /// <paramref name="expected"/> (or, when <paramref name="expected"/> is null, does not exist yet).</summary>
    /// <returns>False when another writer got there first (moved, created or is holding the ref).</returns>
    public static bool TryUpdate(Repository repo, string refName, ObjectId newId, ObjectId? expected, string logMessage)
    {
        using var native = new NativeRepository(repo.Info.Path);
        var newOid = newId.RawId;
        // Creation compares against the zero id, which libgit2 reads as "must not exist" under the lock. Without an old
        // value (force off, no id) it checks that the branch is absent before taking the lock, so two writers can both
        // pass the check and the second overwrites the first.
        var result = git_reference_create_matching(out var created, native.Handle, refName, newOid, 1, (expected ?? ObjectId.Zero).RawId, logMessage);
        if (result == 0)
        {
            git_reference_free(created);
            return true;
        }

        if (result is ErrorExists or ErrorModified or ErrorLocked)
        {
            return false;
        }

        native.Check(result, "update a branch in");
        return false;
    }
}
