using System.Buffers.Binary;
using System.Collections.Concurrent;
using StaticBench.Schema.Model;

namespace StaticBench.Store.History;

/// <summary>
/// The history cache on disk: a binary file, because the JSON one of a 200 × 3,000 history was 172 MB and took
/// seconds to write and longer to read back. The layout: <c>SBHC</c> and the format version, then blocks, each its
/// length and its bytes (<see cref="CacheWriter"/>): the first holds the base id, tip, folder and the files; the blobs
/// follow in blocks of about <see cref="BlobBlockBytes"/>, ended by an empty block. Within a block every string and
/// result header is written once and then referred to by number; blocks share nothing, so the blob blocks are read on
/// several threads at once (<see cref="CacheRecords"/> lays out each blob).
/// A segment (<see cref="HistoryCacheChange"/>) lays out what one build changed the same way.
/// </summary>
internal static class HistoryCacheFormat
{
    /// <summary>
    /// What a block of blobs grows to before the next blob starts a new block: a 200 × 3,000 history makes about 60, so
    /// that the threads reading them share the work evenly and only a few blocks' bytes are in memory at once.
    /// </summary>
    private const int BlobBlockBytes = 1 << 20;

    private static readonly byte[] Magic = "SBHC"u8.ToArray();

    private static readonly byte[] SegmentMagic = "SBHS"u8.ToArray();

    public static void Write(Stream stream, HistoryCache cache)
    {
        using var w = new CacheWriter(stream);
        WriteStart(w, Magic);
        w.String(cache.BaseId);
        w.String(cache.Tip);
        w.String(cache.DataFolder);
        WriteFiles(w, cache.Files);
        w.EndBlock();
        WriteBlobs(w, cache.Blobs);
    }

    /// <summary>The cache in <paramref name="stream"/>, its shared parts shared through <paramref name="shared"/>; null when it is not one or of another version.</summary>
    public static HistoryCache? Read(Stream stream, ResultInterner shared)
    {
        if (!ReadStart(stream, Magic))
        {
            return null;
        }

        var (baseId, tip, folder, files) = ReadBlock(stream, shared, r => (r.String(), r.String(), r.String(), ReadFiles(r)));
        return new HistoryCache { BaseId = baseId, Tip = tip, DataFolder = folder, Files = files, Blobs = ReadBlobs(stream, shared) };
    }

    /// <summary>A segment: <c>SBHS</c> and the format version; a block with which base and place it continues, the new tip and the files changed; the blobs read; a block with the blobs dropped.</summary>
    public static void WriteChange(Stream stream, HistoryCacheChange change)
    {
        using var w = new CacheWriter(stream);
        WriteStart(w, SegmentMagic);
        w.String(change.BaseId);
        w.Raw.Write7BitEncodedInt(change.Sequence);
        w.String(change.PreviousTip);
        w.String(change.Tip);
        WriteFiles(w, change.Files);
        WriteStrings(w, change.RemovedFiles);
        w.EndBlock();
        WriteBlobs(w, change.Blobs);
        WriteStrings(w, change.RemovedBlobs);
        w.EndBlock();
    }

    /// <summary>The segment in <paramref name="stream"/>; null when it is not one or of another version.</summary>
    public static HistoryCacheChange? ReadChange(Stream stream, ResultInterner shared)
    {
        if (!ReadStart(stream, SegmentMagic))
        {
            return null;
        }

        var (baseId, sequence, previousTip, tip, files, removedFiles) =
            ReadBlock(stream, shared, r => (r.String(), r.Count(), r.String(), r.String(), ReadFiles(r), ReadStrings(r)));
        var blobs = ReadBlobs(stream, shared);
        var removedBlobs = ReadBlock(stream, shared, ReadStrings);
        return new HistoryCacheChange(baseId, sequence, previousTip, tip, files, removedFiles, blobs, removedBlobs);
    }

    private static void WriteStart(CacheWriter w, byte[] magic)
    {
        Span<byte> start = stackalloc byte[magic.Length + sizeof(int)];
        magic.CopyTo(start);
        BinaryPrimitives.WriteInt32LittleEndian(start[magic.Length..], HistoryCache.CurrentVersion);
        w.Direct(start);
    }

    private static bool ReadStart(Stream stream, byte[] magic)
    {
        Span<byte> start = stackalloc byte[magic.Length + sizeof(int)];
        stream.ReadExactly(start);
        return start[..magic.Length].SequenceEqual(magic) && BinaryPrimitives.ReadInt32LittleEndian(start[magic.Length..]) == HistoryCache.CurrentVersion;
    }

    /// <summary>What <paramref name="read"/> makes of the next block, which must be there and must be read to its end.</summary>
    private static T ReadBlock<T>(Stream stream, ResultInterner shared, Func<CacheReader, T> read)
    {
        var (bytes, length) = CacheReader.ReadBlock(stream, length => new byte[length]) ?? throw new InvalidDataException("a block is missing");
        var r = new CacheReader(bytes, length, shared);
        var value = read(r);
        return r.AtEnd ? value : throw new InvalidDataException("a block holds more than it should");
    }

    private static void WriteFiles(CacheWriter w, Dictionary<string, CachedFile> files)
    {
        w.Raw.Write7BitEncodedInt(files.Count);
        foreach (var (path, file) in files)
        {
            w.String(path);
            w.String(file.Blob);
            w.String(file.Commit);
            w.Time(file.RecordedAt);
        }
    }

    private static Dictionary<string, CachedFile> ReadFiles(CacheReader r)
    {
        var count = r.Elements();
        var files = new Dictionary<string, CachedFile>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var path = r.String();
            files[path] = new CachedFile(r.String(), r.String(), r.Time());
        }

        return files;
    }

    private static void WriteStrings(CacheWriter w, IReadOnlyList<string> values)
    {
        w.Raw.Write7BitEncodedInt(values.Count);
        foreach (var value in values)
        {
            w.String(value);
        }
    }

    private static string[] ReadStrings(CacheReader r)
    {
        var values = new string[r.Elements()];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = r.String();
        }

        return values;
    }

    /// <summary>Each blob by key, in blocks of about <see cref="BlobBlockBytes"/>, then the empty block that ends them.</summary>
    private static void WriteBlobs(CacheWriter w, Dictionary<string, CachedBlob> blobs)
    {
        foreach (var (key, blob) in blobs)
        {
            w.String(key);
            CacheRecords.WriteBlob(w, blob);
            if (w.BlockLength >= BlobBlockBytes)
            {
                w.EndBlock();
            }
        }

        if (w.BlockLength > 0)
        {
            w.EndBlock();
        }

        w.EndBlock();
    }

    /// <summary>
    /// The blobs of the blocks up to the empty one, in the order they were written. This thread reads the blocks' bytes
    /// one after the other, and each block is decoded by whichever worker asks for it next: a history's 600,000 results
    /// are rebuilt here, so the work is split. The few buffers in use at once are reused, and let go with the read.
    /// </summary>
    private static Dictionary<string, CachedBlob> ReadBlobs(Stream stream, ResultInterner shared)
    {
        var free = new ConcurrentBag<byte[]>();
        byte[] Rent(int length) => free.TryTake(out var buffer) && buffer.Length >= length ? buffer : new byte[Math.Max(length, BlobBlockBytes + (BlobBlockBytes / 4))];
        var decoded = new ConcurrentBag<(int Block, List<(string Key, CachedBlob Blob)> Blobs)>();
        Parallel.ForEach(
            Partitioner.Create(Blocks(stream, Rent), EnumerablePartitionerOptions.NoBuffering),
            block =>
            {
                var r = new CacheReader(block.Bytes, block.Length, shared);
                var blobs = new List<(string Key, CachedBlob Blob)>();
                while (!r.AtEnd)
                {
                    var key = r.String();
                    blobs.Add((key, CacheRecords.ReadBlob(r)));
                }

                free.Add(block.Bytes);
                decoded.Add((block.Index, blobs));
            });

        var all = new Dictionary<string, CachedBlob>(decoded.Sum(d => d.Blobs.Count), StringComparer.Ordinal);
        foreach (var (_, blobs) in decoded.OrderBy(d => d.Block))
        {
            foreach (var (key, blob) in blobs)
            {
                all[key] = blob;
            }
        }

        return all;
    }

    private static IEnumerable<(int Index, byte[] Bytes, int Length)> Blocks(Stream stream, Func<int, byte[]> rent)
    {
        for (var index = 0; CacheReader.ReadBlock(stream, rent) is { } block; index++)
        {
            yield return (index, block.Bytes, block.Length);
        }
    }
}
