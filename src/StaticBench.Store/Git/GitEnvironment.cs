using LibGit2Sharp;

namespace StaticBench.Store.Git;

/// <summary>
/// One-time libgit2 set-up: loads the libgit2 bundled with LibGit2Sharp (LibGit2Sharp.NativeBinaries)
/// before anything else of ours calls into it, so that <see cref="RefCompareAndSwap"/>'s P/Invoke binds
/// to the library LibGit2Sharp already initialized.
/// </summary>
public static class GitEnvironment
{
    private static readonly Lazy<string> Loaded = new(() => GlobalSettings.Version.LibGit2CommitSha, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The commit of the libgit2 in use (the bundled one), e.g. <c>5853918</c>.</summary>
    public static string LibGit2Commit => Loaded.Value;

    /// <summary>Call before any LibGit2Sharp use; cheap after the first call.</summary>
    public static void EnsureInitialized() => _ = Loaded.Value;
}
