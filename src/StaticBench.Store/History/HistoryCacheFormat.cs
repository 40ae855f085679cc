using System.Buffers.Binary;
using System.Collections.Concurrent;
using StaticBench.Schema.Model;

namespace StaticBench.Store.History;

/// <summary>
/// The history cache on disk: a binary file, because the JSON one of a 200 × 3,000 history was 172 MB and took
/// seconds to write and longer to read back. The layout: <c>SBHC</c> and the format version; the section of samples,
/// its number of values and every run's samples one after the other (8 bytes each, little-endian); then blocks, each its
/// length and its bytes (<see cref="CacheWriter"/>): the first holds the base id, tip and folder; the files follow in
/// blocks of about <see cref="BlockBytes"/>, ended by an empty block, then the blobs the same way. Within a block every string and
/// result header is written once and then referred to by number; blocks share nothing, so the blocks are read on
/// several threads at once (<see cref="CacheRecords"/> lays out each blob).
/// A run's record holds its results' summaries and intervals and where its samples are in the section, which is not read
/// with the rest: a run's samples are read from the file the first time they are asked for (<see cref="CacheSamples"/>).
/// A build after one new run reads every result's summary, and the samples of a few runs only (those of 6,000,000 were
/// 48 MB of the heap at 200 × 3,000).
/// A segment (<see cref="HistoryCacheChange"/>) lays out what one build changed the same way.
/// </summary>
internal static class HistoryCacheFormat
{
    /// <summary>
    /// What a block of files or blobs grows to before the next entry starts a new block: a 200 × 3,000 history's blobs
    /// make about 60, so that the threads reading them share the work evenly, and only a few blocks' bytes (and a block's
    /// tables) are in memory at once, however long the history.
    /// </summary>
    private const int BlockBytes = 1 << 20;

    private static readonly byte[] Magic = "SBHC"u8.ToArray();

    private static readonly byte[] SegmentMagic = "SBHS"u8.ToArray();

    public static void Write(Stream stream, HistoryCache cache)
    {
        using var w = new CacheWriter(stream);
        WriteStart(w, Magic);
        var samples = WriteSamples(w, cache.Blobs);
        w.String(cache.BaseId);
        w.String(cache.Tip);
        w.String(cache.DataFolder);
        w.EndBlock();
        WriteFiles(w, cache.Files);
        WriteBlobs(w, cache.Blobs);
        EndSamples(w, samples);
    }

    /// <summary>The cache in <paramref name="stream"/>, its shared parts shared through <paramref name="shared"/>; null when it is not one or of another version.</summary>
    /// <remarks>The runs read their samples from <paramref name="stream"/> when asked (<see cref="CacheSamples"/>): it must stay open, and then belongs to them.</remarks>
    public static HistoryCache? Read(FileStream stream, ResultInterner shared)
    {
        if (!ReadStart(stream, Magic))
        {
            return null;
        }

        var samples = ReadSamples(stream);
        var (baseId, tip, folder) = ReadBlock(stream, shared, r => (r.String(), r.String(), r.String()));
        return new HistoryCache { BaseId = baseId, Tip = tip, DataFolder = folder, Files = ReadFiles(stream, shared), Blobs = ReadBlobs(stream, shared, samples) };
    }

    /// <summary>A segment: <c>SBHS</c> and the format version; a block with which base and place it continues, the new tip and the files removed; the files added or replaced; the blobs read; a block with the blobs dropped.</summary>
    public static void WriteChange(Stream stream, HistoryCacheChange change)
    {
        using var w = new CacheWriter(stream);
        WriteStart(w, SegmentMagic);
        var samples = WriteSamples(w, change.Blobs);
        w.String(change.BaseId);
        w.Raw.Write7BitEncodedInt(change.Sequence);
        w.String(change.PreviousTip);
        w.String(change.Tip);
        WriteStrings(w, change.RemovedFiles);
        w.EndBlock();
        WriteFiles(w, change.Files);
        WriteBlobs(w, change.Blobs);
        WriteStrings(w, change.RemovedBlobs);
        w.EndBlock();
        EndSamples(w, samples);
    }

    /// <summary>The segment in <paramref name="stream"/>; null when it is not one or of another version.</summary>
    /// <remarks>As with <see cref="Read"/>, the runs read their samples from <paramref name="stream"/>, which then belongs to them.</remarks>
    public static HistoryCacheChange? ReadChange(FileStream stream, ResultInterner shared)
    {
        if (!ReadStart(stream, SegmentMagic))
        {
            return null;
        }

        var samples = ReadSamples(stream);
        var (baseId, sequence, previousTip, tip, removedFiles) =
            ReadBlock(stream, shared, r => (r.String(), r.Count(), r.String(), r.String(), ReadStrings(r)));
        var files = ReadFiles(stream, shared);
        var blobs = ReadBlobs(stream, shared, samples);
        var removedBlobs = ReadBlock(stream, shared, ReadStrings);
        return new HistoryCacheChange(baseId, sequence, previousTip, tip, files, removedFiles, blobs, removedBlobs);
    }

    /// <summary>
    /// The section of samples: how many values, then the samples of each run of <paramref name="blobs"/> in the order the
    /// runs' records follow (each claims its place, <see cref="CacheWriter.ClaimSamples"/>). Returns the number of values.
    /// </summary>
    private static long WriteSamples(CacheWriter w, Dictionary<string, CachedBlob> blobs)
    {
        long values = 0;
        foreach (var blob in blobs.Values)
        {
            values += blob.Run is { } run ? CacheRecords.SampleCount(run) : 0;
        }

        Span<byte> count = stackalloc byte[sizeof(long)];
        BinaryPrimitives.WriteInt64LittleEndian(count, values);
        w.Direct(count);
        foreach (var blob in blobs.Values)
        {
            if (blob.Run is { } run)
            {
                CacheRecords.WriteSamples(w, run);
            }
        }

        return values;
    }

    /// <summary>Checks that the runs written claimed the whole section of samples, in the order it was written.</summary>
    private static void EndSamples(CacheWriter w, long values)
    {
        if (w.SamplesClaimed != values)
        {
            throw new InvalidOperationException($"the runs written claimed {w.SamplesClaimed} samples of a section of {values}");
        }
    }

    private static CacheSamples ReadSamples(FileStream stream)
    {
        Span<byte> count = stackalloc byte[sizeof(long)];
        stream.ReadExactly(count);
        return CacheSamples.At(stream, BinaryPrimitives.ReadInt64LittleEndian(count));
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

    private static void WriteFiles(CacheWriter w, Dictionary<string, CachedFile> files) =>
        WriteBlocks(w, files, static (w, file) =>
        {
            w.String(file.Key);
            w.String(file.Value.Blob);
            w.String(file.Value.Commit);
            w.Time(file.Value.RecordedAt);
        });

    private static Dictionary<string, CachedFile> ReadFiles(Stream stream, ResultInterner shared) =>
        ReadBlocks(stream, shared, static r => new KeyValuePair<string, CachedFile>(r.String(), new CachedFile(r.String(), r.String(), r.Time())));

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

    private static void WriteBlobs(CacheWriter w, Dictionary<string, CachedBlob> blobs) =>
        WriteBlocks(w, blobs, static (w, blob) =>
        {
            w.String(blob.Key);
            CacheRecords.WriteBlob(w, blob.Value);
        });

    /// <remarks>The summaries of each block's runs are laid side by side (<see cref="ResultColumns.LaySummariesSideBySide"/>): a block holds runs recorded one after the other, which the pivot reads in turn.</remarks>
    private static Dictionary<string, CachedBlob> ReadBlobs(Stream stream, ResultInterner shared, CacheSamples samples) =>
        ReadBlocks(
            stream,
            shared,
            static r => new KeyValuePair<string, CachedBlob>(r.String(), CacheRecords.ReadBlob(r)),
            samples,
            static block => ResultColumns.LaySummariesSideBySide([.. block.Select(b => b.Value.Run?.Results).OfType<ResultColumns>()]));

    /// <summary>Each entry of <paramref name="entries"/>, in blocks of about <see cref="BlockBytes"/>, then the empty block that ends them.</summary>
    private static void WriteBlocks<T>(CacheWriter w, Dictionary<string, T> entries, Action<CacheWriter, KeyValuePair<string, T>> write)
    {
        foreach (var entry in entries)
        {
            write(w, entry);
            if (w.BlockLength >= BlockBytes)
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
    /// The entries of the blocks up to the empty one, in the order they were written. This thread reads the blocks' bytes
    /// one after the other, and each block is decoded by whichever worker asks for it next: a history's 600,000 results
    /// are rebuilt here, so the work is split. The few buffers in use at once are reused, and let go with the read.
    /// <paramref name="decoded"/> is given each block's entries on the thread that decoded them, before any other sees them.
    /// </summary>
    private static Dictionary<string, T> ReadBlocks<T>(
        Stream stream, ResultInterner shared, Func<CacheReader, KeyValuePair<string, T>> read, CacheSamples? samples = null, Action<List<KeyValuePair<string, T>>>? decoded = null)
    {
        var free = new ConcurrentBag<byte[]>();
        byte[] Rent(int length) => free.TryTake(out var buffer) && buffer.Length >= length ? buffer : new byte[Math.Max(length, BlockBytes + (BlockBytes / 4))];
        var blocks = new ConcurrentBag<(int Block, List<KeyValuePair<string, T>> Entries)>();
        Parallel.ForEach(
            Partitioner.Create(Blocks(stream, Rent), EnumerablePartitionerOptions.NoBuffering),
            block =>
            {
                var r = new CacheReader(block.Bytes, block.Length, shared, samples);
                var entries = new List<KeyValuePair<string, T>>();
                while (!r.AtEnd)
                {
                    entries.Add(read(r));
                }

                free.Add(block.Bytes);
                decoded?.Invoke(entries);
                blocks.Add((block.Index, entries));
            });

        var all = new Dictionary<string, T>(blocks.Sum(d => d.Entries.Count), StringComparer.Ordinal);
        foreach (var (_, entries) in blocks.OrderBy(d => d.Block))
        {
            foreach (var (key, value) in entries)
            {
                all[key] = value;
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
