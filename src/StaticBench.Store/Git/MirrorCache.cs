using System.Security.Cryptography;
using System.Text;
using LibGit2Sharp;

namespace StaticBench.Store.Git;

/// <summary>
/// Bare mirrors of remote data repositories, one folder per URL (<c>&lt;root&gt;/&lt;sha256 of url&gt;</c>), so
/// repeated records fetch only what is new. A lock file serializes staticbench processes sharing a
/// mirror; processes with different mirrors are kept safe by the remote's own ref locking.
/// </summary>
public static class MirrorCache
{
    /// <summary>Environment variable overriding <see cref="DefaultRoot"/>.</summary>
    public const string RootVariable = "STATICBENCH_CACHE";

    /// <summary><c>$STATICBENCH_CACHE</c>, else <c>~/.cache/staticbench/repos</c>.</summary>
    public static string DefaultRoot =>
        Environment.GetEnvironmentVariable(RootVariable) is { Length: > 0 } fromEnv
            ? fromEnv
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache", "staticbench", "repos");

    /// <summary>The mirror folder for <paramref name="url"/> under <paramref name="root"/>.</summary>
    public static string FolderFor(string url, string? root = null) =>
        Path.Combine(root ?? DefaultRoot, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(url))));

    /// <summary>Opens (creating if needed) the mirror of <paramref name="url"/>, holding its lock until the returned lease is disposed.</summary>
    internal static MirrorLease Open(string url, string? root)
    {
        var folder = FolderFor(url, root);
        Directory.CreateDirectory(folder);
        var lockStream = AcquireLock(Path.Combine(folder, "staticbench.lock"));
        try
        {
            if (!Repository.IsValid(folder))
            {
                Repository.Init(folder, isBare: true);
            }

            var repository = new Repository(folder);
            if (repository.Network.Remotes[RemoteBranchTarget.RemoteName] is null)
            {
                repository.Network.Remotes.Add(RemoteBranchTarget.RemoteName, url);
            }

            return new MirrorLease(repository, lockStream);
        }
        catch
        {
            lockStream.Dispose();
            throw;
        }
    }

    private static FileStream AcquireLock(string path)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (attempt < 6000)
            {
                Thread.Sleep(50); // another staticbench process is using this mirror
            }
        }
    }
}

/// <summary>An open mirror and the lock that makes it ours.</summary>
internal sealed record MirrorLease(Repository Repository, FileStream Lock) : IDisposable
{
    public void Dispose()
    {
        Repository.Dispose();
        Lock.Dispose();
    }
}
