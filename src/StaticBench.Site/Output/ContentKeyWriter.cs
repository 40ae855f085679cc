using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;

namespace StaticBench.Site.Output;

/// <summary>
/// Builds the content key of a file the site keeps when its key did not change (<see cref="OutputMemo"/>): length-prefixed
/// fields into one SHA-256, so no two different inputs write the same stream, starting with the identity of this build of
/// the Site code (its module version id, which changes whenever the code does under deterministic builds), so a code
/// change makes every file again instead of relying on someone to bump a version (a key that names a file in the site
/// leaves it out: <see cref="Named"/>). Fields are gathered in a buffer and hashed 64 KB at a time: one hash call per
/// 8-byte field cost more than drawing a changed chart. The buffer is the thread's own, reused by its next key.
/// </summary>
internal sealed class ContentKeyWriter
{
    private const int Chunk = 1 << 16;

    /// <summary>Columns of this many bytes or more are hashed where they are rather than copied into the buffer first.</summary>
    private const int DirectBytes = 1 << 10;

    private static readonly string CodeVersion = typeof(ContentKeyWriter).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    /// <summary>The buffer of the key this thread is making, and its hash; null while a key is being made (a key inside a key gets its own).</summary>
    [ThreadStatic]
    private static (byte[] Buffer, IncrementalHash Hash)? Spare;

    private readonly IncrementalHash _hash;
    private readonly byte[] _buffer;
    private int _used;

    /// <param name="kind">What is keyed (a trend image, a sample file), so keys of different kinds never meet.</param>
    public ContentKeyWriter(string kind)
        : this(kind, CodeVersion)
    {
    }

    private ContentKeyWriter(string kind, string? code)
    {
        (_buffer, _hash) = Spare ?? (new byte[Chunk], IncrementalHash.CreateHash(HashAlgorithmName.SHA256));
        Spare = null;
        if (code is not null)
        {
            Add(code);
        }

        Add(kind);
    }

    /// <summary>
    /// A key without the code's identity, for content whose key is part of its file's name: a new build of StaticBench
    /// that writes the same bytes keeps the same names. Such a key must cover the format itself (what the code makes of
    /// the content), not only the content.
    /// </summary>
    public static ContentKeyWriter Named(string kind) => new(kind, null);

    public ContentKeyWriter Add(string text)
    {
        var length = Encoding.UTF8.GetByteCount(text);
        Add(length);
        if (_used + length > Chunk)
        {
            Flush();
        }

        // Into the buffer like every other field (a hash call per short string cost more than the hashing); a string
        // longer than the buffer goes straight to the hash. The stream hashed is the same either way.
        if (length > Chunk)
        {
            _hash.AppendData(Encoding.UTF8.GetBytes(text));
            return this;
        }

        _used += Encoding.UTF8.GetBytes(text, _buffer.AsSpan(_used));
        return this;
    }

    public ContentKeyWriter Add(long value)
    {
        if (_used + sizeof(long) > Chunk)
        {
            Flush();
        }

        BinaryPrimitives.WriteInt64LittleEndian(_buffer.AsSpan(_used), value);
        _used += sizeof(long);
        return this;
    }

    public ContentKeyWriter Add(double value) => Add(BitConverter.DoubleToInt64Bits(value));

    /// <summary>
    /// Every value of <paramref name="values"/> after their count, copied as a block: a chart's thousands of points cost
    /// a copy, not a call each. Native byte order, where <see cref="Add(long)"/> writes little-endian: the same on every
    /// machine .NET runs on today, and a key is only ever compared with one made by the same build.
    /// </summary>
    public ContentKeyWriter Add(ReadOnlySpan<double> values) => Add(values.Length).Bytes(MemoryMarshal.AsBytes(values));

    /// <inheritdoc cref="Add(ReadOnlySpan{double})"/>
    public ContentKeyWriter Add(ReadOnlySpan<long> values) => Add(values.Length).Bytes(MemoryMarshal.AsBytes(values));

    /// <inheritdoc cref="Add(ReadOnlySpan{double})"/>
    public ContentKeyWriter Add(ReadOnlySpan<int> values) => Add(values.Length).Bytes(MemoryMarshal.AsBytes(values));

    /// <summary><paramref name="bytes"/> after their count: content serialized by the caller, such as a page's model.</summary>
    public ContentKeyWriter Add(ReadOnlySpan<byte> bytes) => Add(bytes.Length).Bytes(bytes);

    private ContentKeyWriter Bytes(ReadOnlySpan<byte> bytes)
    {
        // A long column goes to the hash as it is, after what the buffer holds: the same stream, uncopied.
        if (bytes.Length >= DirectBytes)
        {
            Flush();
            _hash.AppendData(bytes);
            return this;
        }

        while (bytes.Length > 0)
        {
            if (_used == Chunk)
            {
                Flush();
            }

            var take = Math.Min(bytes.Length, Chunk - _used);
            bytes[..take].CopyTo(_buffer.AsSpan(_used));
            _used += take;
            bytes = bytes[take..];
        }

        return this;
    }

    /// <summary>32 hex digits.</summary>
    public string Finish()
    {
        Flush();
        Span<byte> digest = stackalloc byte[32];
        _hash.GetHashAndReset(digest);
        Spare = (_buffer, _hash);
        return Convert.ToHexStringLower(digest[..16]);
    }

    private void Flush()
    {
        _hash.AppendData(_buffer, 0, _used);
        _used = 0;
    }
}
