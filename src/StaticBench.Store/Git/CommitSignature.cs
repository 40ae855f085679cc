using LibGit2Sharp;

namespace StaticBench.Store.Git;

/// <summary>Who staticbench's commits are by: the repository's configured user (repo, global or system
/// config), else <c>staticbench &lt;staticbench@localhost&gt;</c> so unattended runners need no set-up.</summary>
internal static class CommitSignature
{
    public static Signature For(Repository repository) =>
        repository.Config.BuildSignature(DateTimeOffset.UtcNow)
        ?? FromConfigFiles(repository)
        ?? new Signature("staticbench", "staticbench@localhost", DateTimeOffset.UtcNow);

    /// <summary>
    /// The signature from the repository's, the user's and the system's config files, named here: in the native build
    /// LibGit2Sharp finds none of the last three by itself (libgit2 hands their paths back through a buffer class whose
    /// contents never come back), so <see cref="Repository.Config"/> holds only the repository's own.
    /// </summary>
    private static Signature? FromConfigFiles(Repository repository)
    {
        var home = Environment.GetEnvironmentVariable("HOME");
        var xdg = Environment.GetEnvironmentVariable("XDG_CONFIG_HOME") is { Length: > 0 } set ? set : home is null ? null : Path.Combine(home, ".config");
        using var config = Configuration.BuildFrom(
            Path.Combine(repository.Info.Path, "config"),
            Existing(home, ".gitconfig"),
            Existing(xdg, "git/config"),
            Existing("/etc", "gitconfig"));
        return config.BuildSignature(DateTimeOffset.UtcNow);
    }

    private static string? Existing(string? folder, string name) =>
        folder is not null && File.Exists(Path.Combine(folder, name)) ? Path.Combine(folder, name) : null;
}
