using System.Runtime.InteropServices;
using LibGit2Sharp;
using static StaticBench.Store.Git.Libgit2Native;

namespace StaticBench.Store.Git;

/// <summary>
/// Reads blobs' bytes with one object read each, through its own libgit2 repository handle (one per
/// thread: a handle is not shared between threads). LibGit2Sharp's <see cref="Blob"/> looks its object
/// up again for <see cref="Blob.Size"/> and again for its content stream, and libgit2 caches no blobs,
/// so each blob was inflated three times: a third of a full build's history read.
/// </summary>
internal sealed class BlobBytesReader : IDisposable
{
    private readonly string _path;
    private IntPtr _repository;

    public BlobBytesReader(string repositoryPath)
    {
        EnsureInitialized();
        _path = repositoryPath;
        Check(git_repository_open(out _repository, repositoryPath), "open");
    }

    /// <summary>The bytes of blob <paramref name="id"/>.</summary>
    public byte[] Read(ObjectId id)
    {
        ObjectDisposedException.ThrowIf(_repository == IntPtr.Zero, this);
        Check(git_blob_lookup(out var blob, _repository, id.RawId), $"read blob {id.Sha} of");
        try
        {
            var size = git_blob_rawsize(blob);
            var bytes = GC.AllocateUninitializedArray<byte>(checked((int)size));
            Marshal.Copy(git_blob_rawcontent(blob), bytes, 0, bytes.Length);
            return bytes;
        }
        finally
        {
            git_blob_free(blob);
        }
    }

    public void Dispose()
    {
        if (_repository != IntPtr.Zero)
        {
            git_repository_free(_repository);
            _repository = IntPtr.Zero;
        }
    }

    private void Check(int code, string what)
    {
        if (code < 0)
        {
            throw new DataRepositoryException($"cannot {what} {_path}: libgit2 error {code}: {LastError()}");
        }
    }
}
