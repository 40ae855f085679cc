using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Text;
using StaticBench.Schema.Model;

namespace StaticBench.Store.History;

/// <summary>
/// Writes the history cache (<see cref="HistoryCacheFormat"/>) one block at a time: each block is gathered in memory and
/// written as its length and its bytes (<see cref="EndBlock"/>), so that a reader can hand whole blocks to several
/// threads. Within a block each distinct string and each distinct result header is written once and referred to by
/// number after that (names, phases and engines repeat hundreds of thousands of times); a block never refers to
/// another block's tables.
/// </summary>
internal sealed class CacheWriter : IDisposable
{
    private readonly Stream _output;
    private readonly MemoryStream _block = new();

    /// <summary>
    /// Each distinct text's number. One table by text only: a second one by reference (to skip hashing repeated shared
    /// instances) held every instance of a 100,000-file history's unique paths, ids and commits again.
    /// </summary>
    private readonly Dictionary<string, int> _strings = new(StringComparer.Ordinal);

    /// <summary>Result headers written so far in this block, by the instances of their parts (see <see cref="Header"/>).</summary>
    private readonly Dictionary<ResultHeaderKey, int> _headers = [];

    public CacheWriter(Stream output)
    {
        _output = output;
        Raw = new BinaryWriter(_block, Encoding.UTF8, leaveOpen: true);
    }

    /// <summary>Writes into the current block.</summary>
    public BinaryWriter Raw { get; }

    /// <summary>Bytes in the current block so far.</summary>
    public long BlockLength => _block.Length;

    /// <summary>Writes bytes straight to the output, outside any block (the file's magic and version).</summary>
    public void Direct(ReadOnlySpan<byte> bytes) => _output.Write(bytes);

    /// <summary>Writes values straight to the output, outside any block, 8 bytes each, little-endian (the section of samples).</summary>
    public void DirectDoubles(ReadOnlySpan<double> values)
    {
        if (BitConverter.IsLittleEndian)
        {
            _output.Write(MemoryMarshal.AsBytes(values));
            return;
        }

        Span<byte> value = stackalloc byte[sizeof(double)];
        foreach (var v in values)
        {
            BinaryPrimitives.WriteDoubleLittleEndian(value, v);
            _output.Write(value);
        }
    }

    /// <summary>Samples claimed so far by <see cref="ClaimSamples"/>.</summary>
    public long SamplesClaimed { get; private set; }

    /// <summary>
    /// Where the next <paramref name="count"/> values of the section of samples are, counted in values: each run takes its
    /// place in the order the runs are written, which is the order the section was written in.
    /// </summary>
    public long ClaimSamples(int count)
    {
        var offset = SamplesClaimed;
        SamplesClaimed += count;
        return offset;
    }

    /// <summary>Writes the current block (its length, then its bytes; an empty block is a length of 0) and starts the next one, with empty tables.</summary>
    public void EndBlock()
    {
        Span<byte> length = stackalloc byte[sizeof(int)];
        BinaryPrimitives.WriteInt32LittleEndian(length, checked((int)_block.Length));
        _output.Write(length);
        _output.Write(_block.GetBuffer(), 0, (int)_block.Length);
        _block.SetLength(0);
        _strings.Clear();
        _headers.Clear();
    }

    public void String(string value)
    {
        ref var index = ref CollectionsMarshal.GetValueRefOrAddDefault(_strings, value, out var known);
        if (known)
        {
            Raw.Write7BitEncodedInt(index + 1);
            return;
        }

        index = _strings.Count - 1;
        Raw.Write7BitEncodedInt(0);
        Raw.Write(value);
    }

    /// <summary>
    /// Writes the number of <paramref name="result"/>'s header (everything but samples and summary) when one with the
    /// same parts was written before in this block, and returns false; otherwise writes 0 and returns true: the header
    /// follows. Parts are compared by reference: a history's results share them (<see cref="ResultInterner"/>), and
    /// equal parts in different instances only cost a second copy of the header.
    /// </summary>
    public bool Header(BenchmarkResult result)
    {
        var key = ResultHeaderKey.Of(result);
        ref var index = ref CollectionsMarshal.GetValueRefOrAddDefault(_headers, key, out var known);
        if (known)
        {
            Raw.Write7BitEncodedInt(index + 1);
            return false;
        }

        index = _headers.Count - 1;
        Raw.Write7BitEncodedInt(0);
        return true;
    }

    public void NullableString(string? value)
    {
        Raw.Write(value is not null);
        if (value is not null)
        {
            String(value);
        }
    }

    public void NullableLong(long? value)
    {
        Raw.Write(value.HasValue);
        if (value is { } v)
        {
            Raw.Write(v);
        }
    }

    public void NullableDouble(double? value)
    {
        Raw.Write(value.HasValue);
        if (value is { } v)
        {
            Raw.Write(v);
        }
    }

    public void Time(DateTimeOffset time)
    {
        Raw.Write(time.Ticks);
        Raw.Write((short)time.Offset.TotalMinutes);
    }

    public void Map(IReadOnlyDictionary<string, string>? map)
    {
        Raw.Write7BitEncodedInt(map is null ? -1 : map.Count);
        foreach (var (key, value) in map ?? new Dictionary<string, string>())
        {
            String(key);
            String(value);
        }
    }

    public void Dispose()
    {
        Raw.Dispose();
        _block.Dispose();
    }
}
