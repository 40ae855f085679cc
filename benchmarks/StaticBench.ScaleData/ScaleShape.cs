using System.Text.Json;

namespace StaticBench.ScaleData;

/// <summary>
/// What a generated data repository is made of. It is stored in the repository itself
/// (<see cref="FileName"/>, ignored by <c>staticbench build</c>), so <c>--append</c> continues a copy
/// without being told the options again.
/// </summary>
/// <param name="Seed">Seeds every draw.</param>
/// <param name="Benchmarks">How many benchmarks (<c>scale/bench-NNN</c>), each one series.</param>
/// <param name="Samples">Raw samples per result.</param>
/// <param name="ResultsPerFile">Results per run file; fewer than <paramref name="Benchmarks"/> makes each run measure a rotating slice.</param>
/// <param name="PlannedRuns">The runs of the first generation; planted steps fall inside them, appended runs continue the last level.</param>
public sealed record ScaleShape(int Seed, int Benchmarks, int Samples, int ResultsPerFile, int PlannedRuns)
{
    /// <summary>Where the shape lives in the repository: at the root, outside <c>results/</c>, so builds ignore it.</summary>
    public const string FileName = "scale-data.json";

    /// <summary>Bumped whenever the same options would produce different data.</summary>
    public const int Version = 1;

    /// <summary>The indices of the benchmarks run <paramref name="run"/> measures, in file order.</summary>
    public IEnumerable<int> BenchmarksOf(int run)
    {
        var first = (int)((long)run * ResultsPerFile % Benchmarks);
        return Enumerable.Range(0, ResultsPerFile).Select(i => (first + i) % Benchmarks);
    }

    /// <summary>The benchmark's name; zero-padded so names sort in index order.</summary>
    public string BenchmarkName(int benchmark) =>
        $"scale/bench-{benchmark.ToString($"D{Math.Max(3, (Benchmarks - 1).ToString(System.Globalization.CultureInfo.InvariantCulture).Length)}", System.Globalization.CultureInfo.InvariantCulture)}";

    public byte[] ToJson()
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("generator", "benchmarks/StaticBench.ScaleData");
            json.WriteNumber("version", Version);
            WriteMembers(json);
            json.WriteEndObject();
        }

        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }

    public void WriteMembers(Utf8JsonWriter json)
    {
        json.WriteNumber("seed", Seed);
        json.WriteNumber("benchmarks", Benchmarks);
        json.WriteNumber("samples", Samples);
        json.WriteNumber("resultsPerFile", ResultsPerFile);
        json.WriteNumber("plannedRuns", PlannedRuns);
    }

    public static ScaleShape FromJson(ReadOnlySpan<byte> bytes)
    {
        using var document = JsonDocument.Parse(bytes.ToArray());
        var root = document.RootElement;
        if (root.GetProperty("version").GetInt32() != Version)
        {
            throw new InvalidOperationException($"{FileName} was written by another version of the generator; generate the repository again.");
        }

        return new ScaleShape(
            root.GetProperty("seed").GetInt32(),
            root.GetProperty("benchmarks").GetInt32(),
            root.GetProperty("samples").GetInt32(),
            root.GetProperty("resultsPerFile").GetInt32(),
            root.GetProperty("plannedRuns").GetInt32());
    }
}
