using static StaticBench.Store.Git.Libgit2Native;

namespace StaticBench.Store.Git;

/// <summary>
/// A libgit2 repository handle of our own, for the calls in <see cref="Libgit2Native"/>; one per thread (libgit2
/// does not share a handle between threads). Failures become <see cref="DataRepositoryException"/>s naming the
/// repository and libgit2's message.
/// </summary>
internal sealed class NativeRepository : IDisposable
{
    private IntPtr _handle;

    public NativeRepository(string path)
    {
        EnsureInitialized();
        Path = path;
        Check(git_repository_open(out _handle, path), "open");
    }

    /// <summary>The folder it was opened at.</summary>
    public string Path { get; }

    /// <summary>The native <c>git_repository*</c>.</summary>
    public IntPtr Handle => _handle != IntPtr.Zero ? _handle : throw new ObjectDisposedException(nameof(NativeRepository));

    /// <summary>Throws when <paramref name="code"/> is a libgit2 error: "cannot <paramref name="what"/> PATH: ...".</summary>
    public void Check(int code, string what)
    {
        if (code < 0)
        {
            throw new DataRepositoryException($"cannot {what} {Path}: libgit2 error {code}: {LastError()}");
        }
    }

    public void Dispose()
    {
        if (_handle != IntPtr.Zero)
        {
            git_repository_free(_handle);
            _handle = IntPtr.Zero;
        }
    }
}
