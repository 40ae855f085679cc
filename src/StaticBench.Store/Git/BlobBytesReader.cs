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

    /// <summary>
    /// What <paramref name="read"/> makes of the bytes of blob <paramref name="id"/>, handed over in place, in libgit2's
    /// memory: valid only during the call. A history's files are parsed once and dropped, so copying each one to an array
    /// (180 MB at 200 benchmarks x 3,000 runs) only fed the garbage collector.
    /// </summary>
    public unsafe T Read<T>(ObjectId id, BlobContentReader<T> read)
    {
        _repository.Check(git_blob_lookup(out var blob, _repository.Handle, id.RawId), $"read blob {id.Sha} of");
        try
        {
            var size = checked((int)git_blob_rawsize(blob));
            return read(new ReadOnlySpan<byte>((byte*)git_blob_rawcontent(blob), size));
        }
        finally
        {
            git_blob_free(blob);
        }
    }

    public void Dispose() => _repository.Dispose();
}

/// <summary>Makes something of a blob's bytes while <see cref="BlobBytesReader"/> lends them.</summary>
internal delegate T BlobContentReader<out T>(ReadOnlySpan<byte> content);
