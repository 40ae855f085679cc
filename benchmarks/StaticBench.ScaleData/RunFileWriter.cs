using System.Buffers;
using System.Text.Json;
using StaticBench.Schema;

namespace StaticBench.ScaleData;

/// <summary>
/// Writes one run's result file (format v1, compact UTF-8) with a reused <see cref="Utf8JsonWriter"/>:
/// no object model per result, so 600,000 results take a second or two rather than minutes.
/// </summary>
public sealed class RunFileWriter(ScaleShape shape, PlantedSignal signal)
{
    private readonly ArrayBufferWriter<byte> _buffer = new(64 * 1024);
    private readonly long[] _samples = new long[shape.Samples];
    private readonly long[] _sorted = new long[shape.Samples];
    private Utf8JsonWriter? _json;

    /// <summary>The file's bytes; valid until the next call.</summary>
    public ReadOnlyMemory<byte> Write(ScaleRun run)
    {
        _buffer.ResetWrittenCount();
        var json = _json ??= new Utf8JsonWriter(_buffer);
        json.Reset(_buffer);
        json.WriteStartObject();
        json.WriteString("schema", SchemaVersion.Current);
        WriteRun(json, run);
        json.WriteStartArray("results");
        foreach (var benchmark in shape.BenchmarksOf(run.Index))
        {
            WriteResult(json, benchmark, run.Index);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
        _buffer.Write("\n"u8);
        return _buffer.WrittenMemory;
    }

    private static void WriteRun(Utf8JsonWriter json, ScaleRun run)
    {
        json.WriteStartObject("run");
        json.WriteString("id", run.Id);
        json.WriteString("started", run.Started.UtcDateTime);
        json.WriteString("finished", run.Finished.UtcDateTime);
        json.WriteStartObject("machine");
        json.WriteString("name", ScaleRun.Machine);
        json.WriteString("os", "linux");
        json.WriteString("arch", "x86_64");
        json.WriteEndObject();
        json.WriteStartObject("harness");
        json.WriteString("name", "staticbench-scale-data");
        json.WriteString("version", ScaleShape.Version.ToString(System.Globalization.CultureInfo.InvariantCulture));
        json.WriteEndObject();
        json.WriteStartObject("project");
        json.WriteString("repository", ScaleRun.Repository);
        json.WriteString("commit", run.Commit);
        json.WriteString("branch", "main");
        json.WriteString("commitTime", run.CommitTime.UtcDateTime);
        json.WriteString("subject", $"commit {run.Index}");
        json.WriteStartArray("parents");
        if (run.Parent is not null)
        {
            json.WriteStringValue(run.Parent);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private void WriteResult(Utf8JsonWriter json, int benchmark, int run)
    {
        signal.Sample(benchmark, run, _samples);
        json.WriteStartObject();
        json.WriteString("benchmark", shape.BenchmarkName(benchmark));
        json.WriteStartObject("engine");
        json.WriteString("name", "v8");
        json.WriteString("config", "optimizing");
        json.WriteEndObject();
        json.WriteString("phase", "execute");
        json.WriteString("metric", "wall-time");
        json.WriteString("unit", "ns");
        json.WriteString("better", "lower");
        json.WriteStartArray("samples");
        foreach (var sample in _samples)
        {
            json.WriteNumberValue(sample);
        }

        json.WriteEndArray();
        _samples.CopyTo(_sorted, 0);
        Array.Sort(_sorted);
        var mid = _sorted.Length / 2;
        json.WriteStartObject("summary");
        json.WriteNumber("n", _sorted.Length);
        json.WriteNumber("min", _sorted[0]);
        if (_sorted.Length % 2 == 1)
        {
            json.WriteNumber("median", _sorted[mid]);
        }
        else
        {
            json.WriteNumber("median", (_sorted[mid - 1] + _sorted[mid]) / 2.0);
        }

        json.WriteNumber("max", _sorted[^1]);
        json.WriteEndObject();
        json.WriteEndObject();
    }
}
