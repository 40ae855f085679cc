using System.Buffers.Binary;
using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;
using StaticBench.Schema.Model;

namespace StaticBench.Store.History;

/// <summary>
/// The section of a history cache file that holds every run's samples (<see cref="HistoryCacheFormat"/>), read from the
/// file when a run's samples are first asked for (<see cref="ResultColumns.Builder.Build(ResultInterner, SampleSource, long)"/>):
/// a build reads every result's summary and interval, and the samples of the few runs it tests or publishes. The file
/// stays open while a run read from it is held, and is opened so that a newer cache can replace or delete it meanwhile
/// (<see cref="Open"/>): what was read keeps reading the file it came from.
/// </summary>
internal sealed class CacheSamples : SampleSource
{
    // The stream owns the handle: held here, it is closed when the last run read from the file is let go.
    private readonly FileStream _file;
    private readonly SafeFileHandle _handle;
    private readonly long _start;

    private CacheSamples(FileStream file, long start, long values)
    {
        (_file, _handle, _start, Values) = (file, file.SafeFileHandle, start, values);
    }

    /// <summary>How many values the section holds.</summary>
    public long Values { get; }

    /// <summary>A cache file opened for reading, and for its samples later on, that a newer cache may replace or delete while it is open.</summary>
    public static FileStream Open(string file) => new(file, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete);

    /// <summary>
    /// The section of <paramref name="values"/> values that starts where <paramref name="file"/> is; the stream is left
    /// after it. Throws <see cref="EndOfStreamException"/> when the file is too short to hold it.
    /// </summary>
    public static CacheSamples At(FileStream file, long values)
    {
        var start = file.Position;
        if (values < 0 || values > (file.Length - start) / sizeof(double))
        {
            throw new EndOfStreamException($"a section of {values} samples where {file.Length - start} bytes are left");
        }

        file.Seek(values * sizeof(double), SeekOrigin.Current);
        return new CacheSamples(file, start, values);
    }

    public override void Read(long offset, Span<double> into)
    {
        if (offset < 0 || offset > Values - into.Length)
        {
            throw new InvalidDataException($"samples {offset} to {offset + into.Length} asked for from {_file.Name}, which holds {Values}");
        }

        var bytes = MemoryMarshal.AsBytes(into);
        for (var at = _start + (offset * sizeof(double)); bytes.Length > 0;)
        {
            var read = RandomAccess.Read(_handle, bytes, at);
            if (read == 0)
            {
                throw new EndOfStreamException($"{_file.Name} ended inside its samples");
            }

            bytes = bytes[read..];
            at += read;
        }

        if (!BitConverter.IsLittleEndian)
        {
            var raw = MemoryMarshal.Cast<double, long>(into);
            BinaryPrimitives.ReverseEndianness(raw, raw);
        }
    }
}
