using System.Text.Json;
using StaticBench.Schema.Model;
using StaticBench.Schema.References;

namespace StaticBench.Store.History;

/// <summary>
/// How each kind of blob is laid out in the history cache (<see cref="HistoryCacheFormat"/>): its kind, then a run, a
/// text, an acknowledgement, settings, a reference set or why it was skipped. A run's result is its header (benchmark,
/// parameters, engine, phase, metric, unit, direction, exactness; written once per block and then by number), how many
/// samples it has, its summary and its median's interval; a run's samples are in the file's section of samples, and its
/// record says where.
/// </summary>
internal static class CacheRecords
{
    private enum BlobKind : byte
    {
        Run,
        Markdown,
        Skipped,
        Acknowledgement,
        Settings,
        Reference,
    }

    public static void WriteBlob(CacheWriter w, CachedBlob blob)
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

    public static CachedBlob ReadBlob(CacheReader r) => (BlobKind)r.Byte() switch
    {
        BlobKind.Run => new CachedBlob { Run = ReadRun(r) },
        BlobKind.Markdown => new CachedBlob { Markdown = r.Text() },
        BlobKind.Acknowledgement => new CachedBlob { Acknowledgement = new Acknowledgement(r.String(), r.String(), r.String(), r.Text()) },
        BlobKind.Settings => new CachedBlob { Settings = ReadSettings(r) },
        BlobKind.Reference => new CachedBlob { Reference = JsonSerializer.Deserialize(r.Text(), ReferenceJsonContext.Default.ReferenceSet) },
        BlobKind.Skipped => new CachedBlob { SkipReason = r.Text() },
        var other => throw new InvalidDataException($"unknown blob kind {other}"),
    };

    private static DetectionSettings ReadSettings(CacheReader r)
    {
        var minEffect = r.NullableDouble();
        var count = r.Elements();
        var perBenchmark = new Dictionary<string, double>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            perBenchmark[r.String()] = r.Double();
        }

        return new DetectionSettings { MinEffect = minEffect, BenchmarkMinEffect = perBenchmark };
    }

    private static void WriteRun(CacheWriter w, RunResult run)
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
        if (run.Results is ResultColumns columns)
        {
            for (var i = 0; i < columns.Count; i++)
            {
                var summary = columns.TrySummary(i, out var n, out var min, out var median, out var max) ? (n, min, median, max) : ((int, double, double, double)?)null;
                var interval = columns.TryMedianInterval(i, out var low, out var high) ? (low, high) : ((double, double)?)null;
                WriteResult(w, columns.Header(i), columns.SampleCount(i), summary, interval);
            }
        }
        else
        {
            foreach (var result in run.Results)
            {
                var samples = result.Samples as double[] ?? [.. result.Samples];
                var interval = MedianInterval.TryOfUnsorted(samples, out var low, out var high) ? (low, high) : ((double, double)?)null;
                WriteResult(w, result, samples.Length, result.Summary is { } s ? (s.N, s.Min, s.Median, s.Max) : null, interval);
            }
        }

        w.Raw.Write(w.ClaimSamples(SampleCount(run)));
    }

    /// <summary>How many samples <paramref name="run"/>'s results have in all, without reading them.</summary>
    public static int SampleCount(RunResult run) =>
        run.Results is ResultColumns columns ? columns.TotalSamples : run.Results.Sum(r => r.Samples.Count);

    /// <summary>
    /// <paramref name="run"/>'s samples, result after result, into the file's section of samples (<see cref="HistoryCacheFormat"/>),
    /// where its record refers to them (<see cref="CacheWriter.ClaimSamples"/>).
    /// </summary>
    public static void WriteSamples(CacheWriter w, RunResult run)
    {
        if (run.Results is ResultColumns columns)
        {
            // Copied through a pooled buffer: a run read from an older cache reads its samples for this and keeps none.
            var samples = System.Buffers.ArrayPool<double>.Shared.Rent(columns.TotalSamples);
            columns.CopyAllSamplesTo(samples);
            w.DirectDoubles(samples.AsSpan(0, columns.TotalSamples));
            System.Buffers.ArrayPool<double>.Shared.Return(samples);
            return;
        }

        foreach (var result in run.Results)
        {
            w.DirectDoubles(result.Samples as double[] ?? [.. result.Samples]);
        }
    }

    private static RunResult ReadRun(CacheReader r)
    {
        var shared = r.Shared;
        var schema = r.String();
        var id = r.String();
        var (started, finished) = (r.Time(), r.Time());
        var machine = shared.Machine(new MachineInfo
        {
            Name = r.String(), Os = r.String(), Arch = r.String(), Cpu = r.NullableString(), Cores = (int?)r.NullableLong(),
            MemoryMiB = r.NullableLong(), Kernel = r.NullableString(), Tools = r.Map(),
        });
        var harness = shared.Harness(new HarnessInfo { Name = r.String(), Version = r.String() });
        var (repository, commit, branch, commitTime, subject) = (shared.String(r.String()), r.String(), shared.String(r.String()), r.Time(), r.String());
        var parents = new string[r.Elements()];
        for (var i = 0; i < parents.Length; i++)
        {
            parents[i] = r.String();
        }

        var project = new ProjectInfo
        {
            Repository = repository, Commit = commit, Branch = branch, CommitTime = commitTime, Subject = subject, Parents = parents,
            PullRequest = (int?)r.NullableLong(), BaseCommit = r.NullableString(),
        };
        var count = r.Elements();
        var results = new ResultColumns.Builder(count);
        long samples = 0;
        for (var i = 0; i < count; i++)
        {
            samples += ReadResult(r, results);
        }

        // The samples stay in the file's section until they are asked for: a build reads those of few runs.
        var offset = r.Int64();
        var section = r.Samples ?? throw new InvalidDataException("a run outside the blocks of a file");
        if (offset < 0 || samples > section.Values - offset)
        {
            throw new InvalidDataException($"a run's {samples} samples at {offset} in a section of {section.Values}");
        }

        return new RunResult
        {
            Schema = schema,
            Run = new RunInfo { Id = id, Started = started, Finished = finished, Machine = machine, Harness = harness, Project = project },
            Results = results.Build(shared, section, offset),
        };
    }

    private static void WriteResult(CacheWriter w, BenchmarkResult header, int samples, (int N, double Min, double Median, double Max)? summary, (double Low, double High)? interval)
    {
        if (w.Header(header))
        {
            WriteHeader(w, header);
        }

        w.Raw.Write7BitEncodedInt(samples);
        w.Raw.Write(summary is not null);
        if (summary is { } s)
        {
            w.Raw.Write(s.N);
            w.Raw.Write(s.Min);
            w.Raw.Write(s.Median);
            w.Raw.Write(s.Max);
        }

        w.Raw.Write(interval is not null);
        if (interval is { } i)
        {
            w.Raw.Write(i.Low);
            w.Raw.Write(i.High);
        }
    }

    /// <summary>
    /// One result into <paramref name="results"/>: its header (shared with every run's, <see cref="ResultInterner.Header(BenchmarkResult)"/>),
    /// how many samples it has (they are in the file's section), its summary and its median's interval. Returns the count.
    /// </summary>
    private static int ReadResult(CacheReader r, ResultColumns.Builder results)
    {
        var header = r.Header() ?? r.AddHeader(ReadHeader(r));
        var count = r.Count();
        if (count < 0)
        {
            throw new InvalidDataException($"a result of {count} samples");
        }

        (int, double, double, double)? summary = r.Boolean() ? (r.Int32(), r.Double(), r.Double(), r.Double()) : null;
        (double, double)? interval = r.Boolean() ? (r.Double(), r.Double()) : null;
        results.AddWithoutSamples(header, count, summary, interval);
        return count;
    }

    private static void WriteHeader(CacheWriter w, BenchmarkResult result)
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

    /// <summary>
    /// The shared header (<see cref="ResultInterner.Header(BenchmarkResult)"/>) every result of the block that refers to it
    /// has: its names, engine and parameters are the shared instances (<see cref="CacheReader.Shared"/>), as a parse of the
    /// files gives them.
    /// </summary>
    private static BenchmarkResult ReadHeader(CacheReader r)
    {
        var shared = r.Shared;
        var benchmark = shared.String(r.String());
        var count = r.Count();
        Dictionary<string, ParameterValue>? parameters = count < 0 ? null : new(StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var name = shared.String(r.String());
            parameters![name] = r.Byte() switch
            {
                0 => ParameterValue.Of(r.Double()),
                1 => ParameterValue.Of(r.Boolean()),
                _ => ParameterValue.Of(shared.String(r.String())),
            };
        }

        var engine = r.Boolean() ? shared.Engine(shared.String(r.String()), Shared(r), Shared(r), Shared(r)) : null;
        var (phase, metric, unit, better) = (shared.String(r.String()), shared.String(r.String()), shared.String(r.String()), (Better)r.Byte());
        var exact = r.Byte() switch { 0 => (bool?)null, 1 => false, _ => true };
        return shared.Header(benchmark, parameters is { Count: > 0 } ? shared.Parameters(parameters) : parameters, engine, phase, metric, unit, better, exact);

        static string? Shared(CacheReader r) => r.NullableString() is { } text ? r.Shared.String(text) : null;
    }
}
