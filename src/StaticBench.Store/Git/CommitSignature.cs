using LibGit2Sharp;

namespace StaticBench.Store.Git;

/// <summary>Who staticbench's commits are by: the repository's configured user (repo, global or system
/// config), else <c>staticbench &lt;staticbench@localhost&gt;</c> so unattended runners need no set-up.</summary>
internal static class CommitSignature
{
    public static Signature For(Repository repository) =>
        repository.Config.BuildSignature(DateTimeOffset.UtcNow)
        ?? new Signature("staticbench", "staticbench@localhost", DateTimeOffset.UtcNow);
}
