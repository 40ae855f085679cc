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

    static RefCompareAndSwap() => Libgit2Native.EnsureInitialized();

    /// <summary>Points <paramref name="refName"/> at <paramref name="newId"/> if it currently points at
    /// <paramref name="expected"/> (or, when <paramref name="expected"/> is null, does not exist yet).</summary>
    /// <returns>False when another writer got there first (moved, created or is holding the ref).</returns>
    public static bool TryUpdate(Repository repo, string refName, ObjectId newId, ObjectId? expected, string logMessage)
    {
        var open = git_repository_open(out var native, repo.Info.Path);
        ThrowOnError(open, repo.Info.Path);
        try
        {
            var newOid = newId.RawId;
            var result = expected is null
                ? git_reference_create_matching(out var created, native, refName, newOid, 0, null, logMessage)
                : git_reference_create_matching(out created, native, refName, newOid, 1, expected.RawId, logMessage);
            if (result == 0)
            {
                git_reference_free(created);
                return true;
            }

            if (result is ErrorExists or ErrorModified or ErrorLocked)
            {
                return false;
            }

            ThrowOnError(result, repo.Info.Path);
            return false;
        }
        finally
        {
            git_repository_free(native);
        }
    }

    private static void ThrowOnError(int code, string where)
    {
        if (code >= 0)
        {
            return;
        }

        var message = Libgit2Native.LastError();
        throw new DataRepositoryException($"cannot update a branch in {where}: libgit2 error {code}: {message}");
    }
}
