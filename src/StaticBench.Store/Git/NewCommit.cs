using LibGit2Sharp;

namespace StaticBench.Store.Git;

/// <summary>A commit a caller built on the current tip, and the repository paths it adds or changes
/// (so a checked-out work tree can be brought up to date for exactly those paths).</summary>
public sealed record NewCommit(Commit Commit, IReadOnlyList<string> TouchedPaths);

/// <summary>
/// Builds the next commit of a branch on <paramref name="tip"/> (null: the branch does not exist yet),
/// writing its objects into <paramref name="repository"/>; returns null when there is nothing to do.
/// Called again with a newer tip after a lost race, so it must not assume it runs once.
/// </summary>
public delegate NewCommit? CommitBuilder(Repository repository, Commit? tip);

/// <summary>What a branch update did.</summary>
/// <param name="CommitId">The commit now at the branch tip that we wrote, or the unchanged tip (null for a missing branch).</param>
/// <param name="Changed">True when we moved the branch.</param>
/// <param name="Attempts">How many times we built and tried (more than 1 after lost races).</param>
public sealed record BranchUpdate(string? CommitId, bool Changed, int Attempts);
