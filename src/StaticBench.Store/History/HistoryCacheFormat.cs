using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using StaticBench.Schema.Model;
using StaticBench.Schema.References;

namespace StaticBench.Store.History;

/// <summary>
/// The history cache on disk: a binary file, because the JSON one of a 200 × 3,000 history was 172 MB and took
/// seconds to write and longer to read back. Every string is written once and referred to by number after that
/// (benchmark names, phases, engines repeat hundreds of thousands of times), so reading it back also shares them.
/// A result's header (benchmark, parameters, engine, phase, metric, unit, direction, exactness) is written the same way,
/// once and then by number, so a result costs its samples and summary and a build that loads 600,000 of them shares
/// each header's parts. The layout: <c>SBHC</c>, the format version, the base id, tip and folder, the files, then the
/// blobs by kind.
/// A segment (<see cref="HistoryCacheChange"/>) lays out what one build changed the same way.
/// </summary>
internal static class HistoryCacheFormat
{
    private static readonly byte[] Magic = "SBHC"u8.ToArray();

    private static readonly byte[] SegmentMagic = "SBHS"u8.ToArray();

    private enum BlobKind : byte
    {
        Run,
        Markdown,
        Skipped,
        Acknowledgement,
        Settings,
        Reference,
    }

    public static void Write(Stream stream, HistoryCache cache)
    {
        using var w = new Writer(stream);
        w.Raw.Write(Magic);
        w.Raw.Write(HistoryCache.CurrentVersion);
        w.String(cache.BaseId);
        w.String(cache.Tip);
        w.String(cache.DataFolder);
        WriteFiles(w, cache.Files);
        WriteBlobs(w, cache.Blobs);
    }

    /// <summary>A segment: <c>SBHS</c>, the format version, which base and place it continues, the new tip, then what changed.</summary>
    public static void WriteChange(Stream stream, HistoryCacheChange change)
    {
        using var w = new Writer(stream);
        w.Raw.Write(SegmentMagic);
        w.Raw.Write(HistoryCache.CurrentVersion);
        w.String(change.BaseId);
        w.Raw.Write7BitEncodedInt(change.Sequence);
        w.String(change.PreviousTip);
        w.String(change.Tip);
        WriteFiles(w, change.Files);
        WriteStrings(w, change.RemovedFiles);
        WriteBlobs(w, change.Blobs);
        WriteStrings(w, change.RemovedBlobs);
    }

    /// <summary>The segment in <paramref name="stream"/>; null when it is not one or of another version.</summary>
    public static HistoryCacheChange? ReadChange(Stream stream)
    {
        using var r = new Reader(stream);
        if (!r.Bytes(SegmentMagic.Length).SequenceEqual(SegmentMagic) || r.Int32() != HistoryCache.CurrentVersion)
        {
            return null;
        }

        var (baseId, sequence, previousTip, tip) = (r.String(), r.Count(), r.String(), r.String());
        return new HistoryCacheChange(baseId, sequence, previousTip, tip, ReadFiles(r), ReadStrings(r), ReadBlobs(r), ReadStrings(r));
    }

    private static void WriteFiles(Writer w, Dictionary<string, CachedFile> files)
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

    private static Dictionary<string, CachedFile> ReadFiles(Reader r)
    {
        var count = r.Count();
        var files = new Dictionary<string, CachedFile>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var path = r.String();
            files[path] = new CachedFile(r.String(), r.String(), r.Time());
        }

        return files;
    }

    private static void WriteBlobs(Writer w, Dictionary<string, CachedBlob> blobs)
    {
        w.Raw.Write7BitEncodedInt(blobs.Count);
        foreach (var (key, blob) in blobs)
        {
            w.String(key);
            WriteBlob(w, blob);
        }
    }

    private static Dictionary<string, CachedBlob> ReadBlobs(Reader r)
    {
        var count = r.Count();
        var blobs = new Dictionary<string, CachedBlob>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var key = r.String();
            blobs[key] = ReadBlob(r);
        }

        return blobs;
    }

    private static void WriteStrings(Writer w, IReadOnlyList<string> values)
    {
        w.Raw.Write7BitEncodedInt(values.Count);
        foreach (var value in values)
        {
            w.String(value);
        }
    }

    private static string[] ReadStrings(Reader r)
    {
        var values = new string[r.Count()];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = r.String();
        }

        return values;
    }

    /// <summary>The cache in <paramref name="stream"/>; null when it is not one or of another version.</summary>
    public static HistoryCache? Read(Stream stream)
    {
        using var r = new Reader(stream);
        if (!r.Bytes(Magic.Length).SequenceEqual(Magic) || r.Int32() != HistoryCache.CurrentVersion)
        {
            return null;
        }

        var (baseId, tip, folder) = (r.String(), r.String(), r.String());
        return new HistoryCache { BaseId = baseId, Tip = tip, DataFolder = folder, Files = ReadFiles(r), Blobs = ReadBlobs(r) };
    }

    private static void WriteBlob(Writer w, CachedBlob blob)
    {
        switch (blob)
        {
            case { Run: { } run }:
                w.Raw.Write((byte)BlobKind.Run);
                WriteRun(w, run);
                break;
            case { Markdown: { } markdown }:
                w.Raw.Write((byte)BlobKind.Markdown);
                w.Raw.Write(markdown);
                break;
            case { Acknowledgement: { } a }:
                w.Raw.Write((byte)BlobKind.Acknowledgement);
                w.String(a.Path);
                w.String(a.Series);
                w.String(a.Commit);
                w.Raw.Write(a.Note);
                break;
            case { Settings: { } s }:
                w.Raw.Write((byte)BlobKind.Settings);
                w.NullableDouble(s.MinEffect);
                w.Raw.Write7BitEncodedInt(s.BenchmarkMinEffect.Count);
                foreach (var (name, value) in s.BenchmarkMinEffect)
                {
                    w.String(name);
                    w.Raw.Write(value);
                }

                break;
            case { Reference: { } reference }:
                // Small and rare: kept as its (already normalized) JSON rather than a binary layout of its own.
                w.Raw.Write((byte)BlobKind.Reference);
                w.Raw.Write(JsonSerializer.Serialize(reference, ReferenceJsonContext.Default.ReferenceSet));
                break;
            default:
                w.Raw.Write((byte)BlobKind.Skipped);
                w.Raw.Write(blob.SkipReason ?? "");
                break;
        }
    }

    private static CachedBlob ReadBlob(Reader r) => (BlobKind)r.Byte() switch
    {
        BlobKind.Run => new CachedBlob { Run = ReadRun(r) },
        BlobKind.Markdown => new CachedBlob { Markdown = r.Text() },
        BlobKind.Acknowledgement => new CachedBlob { Acknowledgement = new Acknowledgement(r.String(), r.String(), r.String(), r.Text()) },
        BlobKind.Settings => new CachedBlob { Settings = ReadSettings(r) },
        BlobKind.Reference => new CachedBlob { Reference = JsonSerializer.Deserialize(r.Text(), ReferenceJsonContext.Default.ReferenceSet) },
        BlobKind.Skipped => new CachedBlob { SkipReason = r.Text() },
        var other => throw new InvalidDataException($"unknown blob kind {other}"),
    };

    private static DetectionSettings ReadSettings(Reader r)
    {
        var minEffect = r.NullableDouble();
        var count = r.Count();
        var perBenchmark = new Dictionary<string, double>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            perBenchmark[r.String()] = r.Double();
        }

        return new DetectionSettings { MinEffect = minEffect, BenchmarkMinEffect = perBenchmark };
    }

    private static void WriteRun(Writer w, RunResult run)
    {
        var info = run.Run;
        w.String(run.Schema);
        w.String(info.Id);
        w.Time(info.Started);
        w.Time(info.Finished);
        var m = info.Machine;
        w.String(m.Name);
        w.String(m.Os);
        w.String(m.Arch);
        w.NullableString(m.Cpu);
        w.NullableLong(m.Cores);
        w.NullableLong(m.MemoryMiB);
        w.NullableString(m.Kernel);
        w.Map(m.Tools);
        w.String(info.Harness.Name);
        w.String(info.Harness.Version);
        var p = info.Project;
        w.String(p.Repository);
        w.String(p.Commit);
        w.String(p.Branch);
        w.Time(p.CommitTime);
        w.String(p.Subject);
        w.Raw.Write7BitEncodedInt(p.Parents.Count);
        foreach (var parent in p.Parents)
        {
            w.String(parent);
        }

        w.NullableLong(p.PullRequest);
        w.NullableString(p.BaseCommit);
        w.Raw.Write7BitEncodedInt(run.Results.Count);
        foreach (var result in run.Results)
        {
            WriteResult(w, result);
        }
    }

    private static RunResult ReadRun(Reader r)
    {
        var schema = r.String();
        var id = r.String();
        var (started, finished) = (r.Time(), r.Time());
        var machine = r.Shared.Machine(new MachineInfo
        {
            Name = r.String(), Os = r.String(), Arch = r.String(), Cpu = r.NullableString(), Cores = (int?)r.NullableLong(),
            MemoryMiB = r.NullableLong(), Kernel = r.NullableString(), Tools = r.Map(),
        });
        var harness = r.Shared.Harness(new HarnessInfo { Name = r.String(), Version = r.String() });
        var (repository, commit, branch, commitTime, subject) = (r.String(), r.String(), r.String(), r.Time(), r.String());
        var parents = new string[r.Count()];
        for (var i = 0; i < parents.Length; i++)
        {
            parents[i] = r.String();
        }

        var project = new ProjectInfo
        {
            Repository = repository, Commit = commit, Branch = branch, CommitTime = commitTime, Subject = subject, Parents = parents,
            PullRequest = (int?)r.NullableLong(), BaseCommit = r.NullableString(),
        };
        var results = new BenchmarkResult[r.Count()];
        for (var i = 0; i < results.Length; i++)
        {
            results[i] = ReadResult(r);
        }

        return new RunResult
        {
            Schema = schema,
            Run = new RunInfo { Id = id, Started = started, Finished = finished, Machine = machine, Harness = harness, Project = project },
            Results = results,
        };
    }

    /// <summary>
    /// One result: its header (what identifies and describes it, <see cref="Writer.Header"/>), written once per distinct
    /// header and referred to by number after that, then its samples and summary.
    /// </summary>
    private static void WriteResult(Writer w, BenchmarkResult result)
    {
        if (w.Header(result))
        {
            WriteHeader(w, result);
        }

        w.Raw.Write7BitEncodedInt(result.Samples.Count);
        w.Doubles(result.Samples);
        w.Raw.Write(result.Summary is not null);
        if (result.Summary is { } s)
        {
            w.Raw.Write(s.N);
            w.Raw.Write(s.Min);
            w.Raw.Write(s.Median);
            w.Raw.Write(s.Max);
        }
    }

    private static void WriteHeader(Writer w, BenchmarkResult result)
    {
        w.String(result.Benchmark);
        var parameters = result.Parameters;
        w.Raw.Write7BitEncodedInt(parameters is null ? -1 : parameters.Count);
        foreach (var (name, value) in parameters ?? new Dictionary<string, ParameterValue>())
        {
            w.String(name);
            switch (value.Value)
            {
                case double d:
                    w.Raw.Write((byte)0);
                    w.Raw.Write(d);
                    break;
                case bool b:
                    w.Raw.Write((byte)1);
                    w.Raw.Write(b);
                    break;
                default:
                    w.Raw.Write((byte)2);
                    w.String((string)value.Value);
                    break;
            }
        }

        w.Raw.Write(result.Engine is not null);
        if (result.Engine is { } e)
        {
            w.String(e.Name);
            w.NullableString(e.Version);
            w.NullableString(e.Config);
            w.NullableString(e.Flags);
        }

        w.String(result.Phase);
        w.String(result.Metric);
        w.String(result.Unit);
        w.Raw.Write((byte)result.Better);
        w.Raw.Write((byte)(result.Exact switch { null => 0, false => 1, true => 2 }));
    }

    private static BenchmarkResult ReadResult(Reader r)
    {
        var header = r.Header() ?? r.AddHeader(ReadHeader(r));
        var samples = r.Doubles(r.Count());
        var summary = r.Boolean()
            ? new SampleSummary { N = r.Int32(), Min = r.Double(), Median = r.Double(), Max = r.Double() }
            : null;
        return header with { Samples = samples, Summary = summary };
    }

    /// <summary>A result with no samples: the header every result that refers to it copies (records share what they copy).</summary>
    private static BenchmarkResult ReadHeader(Reader r)
    {
        var benchmark = r.String();
        var count = r.Count();
        Dictionary<string, ParameterValue>? parameters = count < 0 ? null : new(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var name = r.String();
            parameters![name] = r.Byte() switch
            {
                0 => ParameterValue.Of(r.Double()),
                1 => ParameterValue.Of(r.Boolean()),
                _ => ParameterValue.Of(r.String()),
            };
        }

        var engine = r.Boolean()
            ? r.Engine(new EngineInfo { Name = r.String(), Version = r.NullableString(), Config = r.NullableString(), Flags = r.NullableString() })
            : null;
        var (phase, metric, unit, better) = (r.String(), r.String(), r.String(), (Better)r.Byte());
        var exact = r.Byte() switch { 0 => (bool?)null, 1 => false, _ => true };
        return new BenchmarkResult
        {
            Benchmark = benchmark, Parameters = parameters, Engine = engine, Phase = phase, Metric = metric, Unit = unit,
            Better = better, Samples = [], Exact = exact,
        };
    }

    /// <summary>Writes each distinct string once; later occurrences are its number.</summary>
    private sealed class Writer(Stream stream) : IDisposable
    {
        /// <summary>
        /// Each distinct text's number. One table by text only: a second one by reference (to skip hashing repeated shared
        /// instances) held every instance of a 100,000-file history's unique paths, ids and commits again, and the two
        /// tables were most of the memory a full build's save added (over 100 MB there).
        /// </summary>
        private readonly Dictionary<string, int> _strings = new(StringComparer.Ordinal);

        /// <summary>Result headers written so far, by the instances of their parts (see <see cref="Header"/>).</summary>
        private readonly Dictionary<HeaderKey, int> _headers = [];

        public BinaryWriter Raw { get; } = new(new BufferedStream(stream, 1 << 16), Encoding.UTF8, leaveOpen: true);

        /// <summary>
        /// Writes the number of <paramref name="result"/>'s header (everything but samples and summary) when one with the
        /// same parts was written before, and returns false; otherwise writes 0 and returns true: the header follows. Parts
        /// are compared by reference: a history's results share them (<see cref="ResultInterner"/>, <see cref="Reader"/>),
        /// and equal parts in different instances only cost a second copy of the header.
        /// </summary>
        public bool Header(BenchmarkResult result)
        {
            var key = new HeaderKey(result.Benchmark, result.Parameters, result.Engine, result.Phase, result.Metric, result.Unit, result.Better, result.Exact);
            if (_headers.TryGetValue(key, out var index))
            {
                Raw.Write7BitEncodedInt(index + 1);
                return false;
            }

            _headers[key] = _headers.Count;
            Raw.Write7BitEncodedInt(0);
            return true;
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

        /// <summary>Each value as <see cref="BinaryWriter.Write(double)"/> writes it (8 bytes, little-endian), as one block when it can.</summary>
        public void Doubles(IReadOnlyList<double> values)
        {
            if (values is double[] array && BitConverter.IsLittleEndian)
            {
                Raw.Write(MemoryMarshal.AsBytes(array.AsSpan()));
                return;
            }

            for (var i = 0; i < values.Count; i++)
            {
                Raw.Write(values[i]);
            }
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

        public void Dispose() => Raw.Dispose();
    }

    /// <summary>
    /// Reads what <see cref="Writer"/> wrote, straight from a buffer of the file's bytes (a <see cref="BinaryReader"/>
    /// made several calls per value); repeated strings, engines and result headers come back as one shared instance.
    /// </summary>
    private sealed class Reader(Stream stream) : IDisposable
    {
        private readonly List<string> _strings = [];
        private readonly List<BenchmarkResult> _headers = [];
        private readonly Dictionary<EngineInfo, EngineInfo> _engines = [];

        /// <summary>Shares each run's machine and harness records, as a history read does (<see cref="ResultInterner.Machine"/>).</summary>
        public ResultInterner Shared { get; } = new();
        private byte[] _buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(1 << 20);
        private int _position;
        private int _length;

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

        /// <summary>The next <paramref name="count"/> bytes, valid until the next read.</summary>
        public ReadOnlySpan<byte> Bytes(int count)
        {
            if (count < 0)
            {
                throw new InvalidDataException($"negative length {count}");
            }

            if (_length - _position < count)
            {
                Fill(count);
            }

            var bytes = _buffer.AsSpan(_position, count);
            _position += count;
            return bytes;
        }

        public byte Byte() => _position < _length ? _buffer[_position++] : Bytes(1)[0];

        public bool Boolean() => Byte() != 0;

        public short Int16() => BinaryPrimitives.ReadInt16LittleEndian(Bytes(2));

        public int Int32() => BinaryPrimitives.ReadInt32LittleEndian(Bytes(4));

        public long Int64() => BinaryPrimitives.ReadInt64LittleEndian(Bytes(8));

        public double Double() => BinaryPrimitives.ReadDoubleLittleEndian(Bytes(8));

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

        /// <summary><paramref name="count"/> values as <see cref="Writer.Doubles"/> wrote them.</summary>
        public double[] Doubles(int count)
        {
            var values = new double[count];
            var bytes = Bytes(checked(count * sizeof(double)));
            if (BitConverter.IsLittleEndian)
            {
                bytes.CopyTo(MemoryMarshal.AsBytes(values.AsSpan()));
                return values;
            }

            for (var i = 0; i < count; i++)
            {
                values[i] = BinaryPrimitives.ReadDoubleLittleEndian(bytes[(i * sizeof(double))..]);
            }

            return values;
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

            var map = new Dictionary<string, string>(count, StringComparer.Ordinal);
            for (var i = 0; i < count; i++)
            {
                map[String()] = String();
            }

            return map;
        }

        public EngineInfo Engine(EngineInfo engine) =>
            _engines.TryGetValue(engine, out var shared) ? shared : _engines[engine] = engine;

        /// <summary>The header a result refers to by number (<see cref="Writer.Header"/>), or null when its header follows.</summary>
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

        /// <summary>Keeps the unread bytes and reads on until at least <paramref name="count"/> are buffered.</summary>
        private void Fill(int count)
        {
            var left = _length - _position;
            if (count > _buffer.Length)
            {
                var larger = System.Buffers.ArrayPool<byte>.Shared.Rent(count);
                _buffer.AsSpan(_position, left).CopyTo(larger);
                System.Buffers.ArrayPool<byte>.Shared.Return(_buffer);
                _buffer = larger;
            }
            else
            {
                _buffer.AsSpan(_position, left).CopyTo(_buffer);
            }

            (_position, _length) = (0, left);
            while (_length < count)
            {
                var read = stream.Read(_buffer, _length, _buffer.Length - _length);
                if (read == 0)
                {
                    throw new EndOfStreamException();
                }

                _length += read;
            }
        }

        public void Dispose()
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = [];
        }
    }

    /// <summary>The parts of a result's header, equal when each part is the same instance (and the values are equal).</summary>
    private readonly record struct HeaderKey(
        string Benchmark, IReadOnlyDictionary<string, ParameterValue>? Parameters, EngineInfo? Engine, string Phase, string Metric, string Unit, Better Better, bool? Exact)
    {
        public bool Equals(HeaderKey other) =>
            ReferenceEquals(Benchmark, other.Benchmark) && ReferenceEquals(Parameters, other.Parameters) && ReferenceEquals(Engine, other.Engine)
            && ReferenceEquals(Phase, other.Phase) && ReferenceEquals(Metric, other.Metric) && ReferenceEquals(Unit, other.Unit)
            && Better == other.Better && Exact == other.Exact;

        public override int GetHashCode() => HashCode.Combine(
            RuntimeHelpers.GetHashCode(Benchmark), RuntimeHelpers.GetHashCode(Parameters), RuntimeHelpers.GetHashCode(Engine),
            RuntimeHelpers.GetHashCode(Phase), RuntimeHelpers.GetHashCode(Metric), RuntimeHelpers.GetHashCode(Unit), Better, Exact);
    }
}
