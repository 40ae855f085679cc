using System.Text.Json;

namespace StaticBench.ScaleData;

/// <summary>
/// The truth behind a generated repository, written beside it as <c>&lt;repository&gt;.labels.json</c>:
/// each benchmark's base level and planted steps (run index, project commit, factor), so a reader can
/// check what the site's change points found.
/// </summary>
public static class LabelsFile
{
    public static string PathFor(string gitDir) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(gitDir)) + ".labels.json";

    public static string Write(string gitDir, ScaleShape shape, PlantedSignal signal, int totalRuns)
    {
        var path = PathFor(gitDir);
        using var file = File.Create(path);
        using var json = new Utf8JsonWriter(file, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteString("generator", "benchmarks/StaticBench.ScaleData");
        json.WriteNumber("version", ScaleShape.Version);
        shape.WriteMembers(json);
        json.WriteNumber("runs", totalRuns);
        json.WriteString("machine", ScaleRun.Machine);
        json.WriteNumber("noiseCv", PlantedSignal.NoiseCv);
        json.WriteStartArray("series");
        var steps = signal.Steps.ToLookup(s => s.Benchmark);
        for (var b = 0; b < shape.Benchmarks; b++)
        {
            json.WriteStartObject();
            json.WriteString("benchmark", shape.BenchmarkName(b));
            json.WriteNumber("baseNs", Math.Round(signal.BaseNs(b), 1));
            json.WriteStartArray("steps");
            foreach (var step in steps[b])
            {
                json.WriteStartObject();
                json.WriteNumber("run", step.Run);
                json.WriteString("commit", ScaleRun.ProjectCommit(shape.Seed, step.Run));
                json.WriteNumber("factor", Math.Round(step.Factor, 4));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        return path;
    }
}
