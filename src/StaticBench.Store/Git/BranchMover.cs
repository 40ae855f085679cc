using LibGit2Sharp;

namespace StaticBench.Store.Git;

/// <summary>
/// The one place that moves a data or site branch: reads the tip, lets the caller build a commit on
/// it, and moves the branch only if nobody else did meanwhile; on a lost race it rebuilds on the
/// new tip and retries with jittered backoff. Local repositories are updated in place with a real
/// compare-and-swap (libgit2's local push overwrites refs without one); remote ones through a
/// cached bare mirror, push and verify. Record and publish are small callers of <see cref="Update"/>.
/// </summary>
public static class BranchMover
{
    /// <summary>Default bound on read-build-try rounds before giving up.</summary>
    public const int DefaultMaxAttempts = 50;

    /// <summary>Updates <paramref name="branch"/> (short name, e.g. <c>main</c>) at <paramref name="location"/>.</summary>
    /// <exception cref="DataRepositoryException">The repository is missing or unreachable, or the race was lost every time.</exception>
    public static BranchUpdate Update(
        DataRepositoryLocation location, string branch, CommitBuilder build, BranchMoverOptions? options = null)
    {
        options ??= new BranchMoverOptions();
        GitEnvironment.EnsureInitialized();
        var canonical = CanonicalBranch(branch);
        try
        {
            using var target = BranchTargets.Open(location, canonical, options);
            for (var attempt = 1; attempt <= options.MaxAttempts; attempt++)
            {
                var tip = target.ReadTip();
                var next = build(target.Repository, tip);
                if (next is null)
                {
                    return new BranchUpdate(tip?.Sha, Changed: false, attempt);
                }

                if (target.TryMove(tip, next))
                {
                    return new BranchUpdate(next.Commit.Sha, Changed: true, attempt);
                }

                Thread.Sleep(Backoff(attempt));
            }
        }
        catch (LibGit2SharpException e)
        {
            throw new DataRepositoryException($"git operation on {location} failed: {e.Message}", e);
        }

        throw new DataRepositoryException(
            $"gave up updating branch '{branch}' in {location} after {options.MaxAttempts} attempts: other writers " +
            "kept moving it. Try again, or raise the attempt limit.");
    }

    /// <summary><c>main</c> → <c>refs/heads/main</c>; rejects names git would refuse.</summary>
    public static string CanonicalBranch(string branch)
    {
        var canonical = branch.StartsWith("refs/heads/", StringComparison.Ordinal) ? branch : $"refs/heads/{branch}";
        if (!Reference.IsValidName(canonical))
        {
            throw new DataRepositoryException($"'{branch}' is not a valid branch name.");
        }

        return canonical;
    }

    private static TimeSpan Backoff(int attempt) =>
        TimeSpan.FromMilliseconds(Random.Shared.Next(1, 10 + (20 * Math.Min(attempt, 10))));
}

/// <summary>Knobs of <see cref="BranchMover"/>.</summary>
/// <param name="MaxAttempts">Read-build-try rounds before giving up.</param>
/// <param name="CacheRoot">Where remote mirrors are kept; null: <see cref="MirrorCache.DefaultRoot"/>.</param>
public sealed record BranchMoverOptions(int MaxAttempts = BranchMover.DefaultMaxAttempts, string? CacheRoot = null);
