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
    private readonly NativeRepository _repository;

    public BlobBytesReader(string repositoryPath) => _repository = new NativeRepository(repositoryPath);

    /// <summary>The bytes of blob <paramref name="id"/>.</summary>
    public byte[] Read(ObjectId id)
    {
        _repository.Check(git_blob_lookup(out var blob, _repository.Handle, id.RawId), $"read blob {id.Sha} of");
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

    public void Dispose() => _repository.Dispose();
}
