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
/// The layout: <c>SBHC</c>, the format version, the base id, tip and folder, the files, then the blobs by kind.
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
        if (!r.Raw.ReadBytes(SegmentMagic.Length).AsSpan().SequenceEqual(SegmentMagic) || r.Raw.ReadInt32() != HistoryCache.CurrentVersion)
        {
            return null;
        }

        var (baseId, sequence, previousTip, tip) = (r.String(), r.Raw.Read7BitEncodedInt(), r.String(), r.String());
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
        var count = r.Raw.Read7BitEncodedInt();
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
        var count = r.Raw.Read7BitEncodedInt();
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
        var values = new string[r.Raw.Read7BitEncodedInt()];
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
        if (!r.Raw.ReadBytes(Magic.Length).AsSpan().SequenceEqual(Magic) || r.Raw.ReadInt32() != HistoryCache.CurrentVersion)
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

    private static CachedBlob ReadBlob(Reader r) => (BlobKind)r.Raw.ReadByte() switch
    {
        BlobKind.Run => new CachedBlob { Run = ReadRun(r) },
        BlobKind.Markdown => new CachedBlob { Markdown = r.Raw.ReadString() },
        BlobKind.Acknowledgement => new CachedBlob { Acknowledgement = new Acknowledgement(r.String(), r.String(), r.String(), r.Raw.ReadString()) },
        BlobKind.Settings => new CachedBlob { Settings = ReadSettings(r) },
        BlobKind.Reference => new CachedBlob { Reference = JsonSerializer.Deserialize(r.Raw.ReadString(), ReferenceJsonContext.Default.ReferenceSet) },
        BlobKind.Skipped => new CachedBlob { SkipReason = r.Raw.ReadString() },
        var other => throw new InvalidDataException($"unknown blob kind {other}"),
    };

    private static DetectionSettings ReadSettings(Reader r)
    {
        var minEffect = r.NullableDouble();
        var count = r.Raw.Read7BitEncodedInt();
        var perBenchmark = new Dictionary<string, double>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            perBenchmark[r.String()] = r.Raw.ReadDouble();
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
        var machine = new MachineInfo
        {
            Name = r.String(), Os = r.String(), Arch = r.String(), Cpu = r.NullableString(), Cores = (int?)r.NullableLong(),
            MemoryMiB = r.NullableLong(), Kernel = r.NullableString(), Tools = r.Map(),
        };
        var harness = new HarnessInfo { Name = r.String(), Version = r.String() };
        var (repository, commit, branch, commitTime, subject) = (r.String(), r.String(), r.String(), r.Time(), r.String());
        var parents = new string[r.Raw.Read7BitEncodedInt()];
        for (var i = 0; i < parents.Length; i++)
        {
            parents[i] = r.String();
        }

        var project = new ProjectInfo
        {
            Repository = repository, Commit = commit, Branch = branch, CommitTime = commitTime, Subject = subject, Parents = parents,
            PullRequest = (int?)r.NullableLong(), BaseCommit = r.NullableString(),
        };
        var results = new BenchmarkResult[r.Raw.Read7BitEncodedInt()];
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

    private static void WriteResult(Writer w, BenchmarkResult result)
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

        w.Raw.Write((byte)(result.Exact switch { null => 0, false => 1, true => 2 }));
    }

    private static BenchmarkResult ReadResult(Reader r)
    {
        var benchmark = r.String();
        var count = r.Raw.Read7BitEncodedInt();
        Dictionary<string, ParameterValue>? parameters = count < 0 ? null : new(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var name = r.String();
            parameters![name] = r.Raw.ReadByte() switch
            {
                0 => ParameterValue.Of(r.Raw.ReadDouble()),
                1 => ParameterValue.Of(r.Raw.ReadBoolean()),
                _ => ParameterValue.Of(r.String()),
            };
        }

        var engine = r.Raw.ReadBoolean()
            ? r.Engine(new EngineInfo { Name = r.String(), Version = r.NullableString(), Config = r.NullableString(), Flags = r.NullableString() })
            : null;
        var (phase, metric, unit, better) = (r.String(), r.String(), r.String(), (Better)r.Raw.ReadByte());
        var samples = r.Doubles(r.Raw.Read7BitEncodedInt());

        var summary = r.Raw.ReadBoolean()
            ? new SampleSummary { N = r.Raw.ReadInt32(), Min = r.Raw.ReadDouble(), Median = r.Raw.ReadDouble(), Max = r.Raw.ReadDouble() }
            : null;
        var exact = r.Raw.ReadByte() switch { 0 => (bool?)null, 1 => false, _ => true };
        return new BenchmarkResult
        {
            Benchmark = benchmark, Parameters = parameters, Engine = engine, Phase = phase, Metric = metric, Unit = unit,
            Better = better, Samples = samples, Summary = summary, Exact = exact,
        };
    }

    /// <summary>Writes each distinct string once; later occurrences are its number.</summary>
    private sealed class Writer(Stream stream) : IDisposable
    {
        private readonly Dictionary<string, int> _strings = new(StringComparer.Ordinal);

        /// <summary>The same numbers by reference: a history's repeating strings are shared instances
        /// (<see cref="ResultInterner"/>), and finding one by reference does not hash its text.</summary>
        private readonly Dictionary<string, int> _instances = new(ReferenceEqualityComparer.Instance);

        public BinaryWriter Raw { get; } = new(new BufferedStream(stream, 1 << 16), Encoding.UTF8, leaveOpen: true);

        public void String(string value)
        {
            if (_instances.TryGetValue(value, out var index) || _strings.TryGetValue(value, out index))
            {
                _instances.TryAdd(value, index);
                Raw.Write7BitEncodedInt(index + 1);
                return;
            }

            _instances[value] = _strings.Count;
            _strings[value] = _strings.Count;
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

    /// <summary>Reads what <see cref="Writer"/> wrote; repeated strings and engines come back as one shared instance.</summary>
    private sealed class Reader(Stream stream) : IDisposable
    {
        private readonly List<string> _strings = [];
        private readonly Dictionary<EngineInfo, EngineInfo> _engines = [];

        public BinaryReader Raw { get; } = new(new BufferedStream(stream, 1 << 16), Encoding.UTF8, leaveOpen: true);

        public string String()
        {
            var index = Raw.Read7BitEncodedInt();
            if (index > 0)
            {
                return _strings[index - 1];
            }

            var value = Raw.ReadString();
            _strings.Add(value);
            return value;
        }

        public string? NullableString() => Raw.ReadBoolean() ? String() : null;

        /// <summary><paramref name="count"/> values as <see cref="Writer.Doubles"/> wrote them.</summary>
        public double[] Doubles(int count)
        {
            var values = new double[count];
            if (BitConverter.IsLittleEndian)
            {
                Raw.BaseStream.ReadExactly(MemoryMarshal.AsBytes(values.AsSpan())); // BinaryReader reads no further ahead than asked
                return values;
            }

            for (var i = 0; i < count; i++)
            {
                values[i] = Raw.ReadDouble();
            }

            return values;
        }

        public long? NullableLong() => Raw.ReadBoolean() ? Raw.ReadInt64() : null;

        public double? NullableDouble() => Raw.ReadBoolean() ? Raw.ReadDouble() : null;

        public DateTimeOffset Time()
        {
            var ticks = Raw.ReadInt64();
            return new DateTimeOffset(ticks, TimeSpan.FromMinutes(Raw.ReadInt16()));
        }

        public IReadOnlyDictionary<string, string>? Map()
        {
            var count = Raw.Read7BitEncodedInt();
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

        public void Dispose() => Raw.Dispose();
    }
}
