using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Text;
using StaticBench.Schema.Model;

namespace StaticBench.Store.History;

/// <summary>
/// Reads one block of the history cache as <see cref="CacheWriter"/> wrote it, from the block's bytes in memory. Strings
/// and result headers come back from the block's own tables; what repeats across blocks (a header's names, engines,
/// parameter sets, machines) is shared through <see cref="Shared"/>, so results read from different blocks, and runs
/// parsed in the same build, hold the same instances.
/// </summary>
internal sealed class CacheReader
{
    private readonly byte[] _bytes;
    private readonly int _length;
    private readonly List<string> _strings = [];
    private readonly List<BenchmarkResult> _headers = [];
    private int _position;

    public CacheReader(byte[] bytes, int length, ResultInterner shared, CacheSamples? samples = null)
    {
        _bytes = bytes;
        _length = length;
        Shared = shared;
        Samples = samples;
    }

    public ResultInterner Shared { get; }

    /// <summary>The file's section of samples, which the runs of this block refer to (<see cref="CacheRecords"/>); null for a block before it.</summary>
    public CacheSamples? Samples { get; }

    public bool AtEnd => _position == _length;

    /// <summary>
    /// The next block of <paramref name="stream"/>, in a buffer from <paramref name="rent"/> (which is given the block's
    /// length); null at the empty block that ends a list of blocks.
    /// </summary>
    public static (byte[] Bytes, int Length)? ReadBlock(Stream stream, Func<int, byte[]> rent)
    {
        Span<byte> prefix = stackalloc byte[sizeof(int)];
        stream.ReadExactly(prefix);
        var length = BinaryPrimitives.ReadInt32LittleEndian(prefix);
        if (length < 0)
        {
            throw new InvalidDataException($"a block of negative length {length}");
        }

        if (length == 0)
        {
            return null;
        }

        if (stream.CanSeek && length > stream.Length - stream.Position)
        {
            throw new EndOfStreamException($"a block of {length} bytes where {stream.Length - stream.Position} are left");
        }

        var bytes = rent(length);
        stream.ReadExactly(bytes, 0, length);
        return (bytes, length);
    }

    public string String()
    {
        var index = Count();
        if (index > 0)
        {
            return _strings[index - 1];
        }

        var value = Text();
        _strings.Add(value);
        return value;
    }

    public string? NullableString() => Boolean() ? String() : null;

    /// <summary>A string as <see cref="BinaryWriter.Write(string)"/> wrote it: its UTF-8 length, then its bytes.</summary>
    public string Text() => Encoding.UTF8.GetString(Bytes(Count()));

    /// <summary>The next <paramref name="count"/> bytes, in place.</summary>
    public ReadOnlySpan<byte> Bytes(int count)
    {
        if (count < 0 || count > _length - _position)
        {
            throw new InvalidDataException($"{count} bytes asked for at {_position} of a block of {_length}");
        }

        var bytes = _bytes.AsSpan(_position, count);
        _position += count;
        return bytes;
    }

    public byte Byte() => _position < _length ? _bytes[_position++] : throw new EndOfStreamException();

    public bool Boolean() => Byte() != 0;

    public short Int16() => BinaryPrimitives.ReadInt16LittleEndian(Bytes(sizeof(short)));

    public int Int32() => BinaryPrimitives.ReadInt32LittleEndian(Bytes(sizeof(int)));

    public long Int64() => BinaryPrimitives.ReadInt64LittleEndian(Bytes(sizeof(long)));

    public double Double() => BinaryPrimitives.ReadDoubleLittleEndian(Bytes(sizeof(double)));

    /// <summary>A number as <see cref="BinaryWriter.Write7BitEncodedInt"/> wrote it (-1 takes five bytes).</summary>
    public int Count()
    {
        uint value = 0;
        for (var shift = 0; shift < 35; shift += 7)
        {
            var b = Byte();
            value |= (uint)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return (int)value;
            }
        }

        throw new InvalidDataException("a number longer than five bytes");
    }

    /// <summary>How many elements follow (a <see cref="Count"/>): no more than the bytes left, as each takes at least one, so damage never sizes an array.</summary>
    public int Elements()
    {
        var count = Count();
        return count <= _length - _position ? count : throw new InvalidDataException($"{count} elements in the {_length - _position} bytes left of a block");
    }

    public long? NullableLong() => Boolean() ? Int64() : null;

    public double? NullableDouble() => Boolean() ? Double() : null;

    public DateTimeOffset Time()
    {
        var ticks = Int64();
        return new DateTimeOffset(ticks, TimeSpan.FromMinutes(Int16()));
    }

    public IReadOnlyDictionary<string, string>? Map()
    {
        var count = Count();
        if (count < 0)
        {
            return null;
        }

        if (count > _length - _position)
        {
            throw new InvalidDataException($"{count} entries in the {_length - _position} bytes left of a block");
        }

        var map = new Dictionary<string, string>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            map[String()] = String();
        }

        return map;
    }

    /// <summary>The header a result refers to by number (<see cref="CacheWriter.Header"/>), or null when its header follows.</summary>
    public BenchmarkResult? Header()
    {
        var index = Count();
        return index == 0 ? null : _headers[index - 1];
    }

    public BenchmarkResult AddHeader(BenchmarkResult header)
    {
        _headers.Add(header);
        return header;
    }
}
