using System.Text.Json;

namespace StaticBench.Runner.Engines;

/// <summary>
/// Reads the driver protocol (docs/runner.md): a driver measures inside the engine's process and prints
/// one JSON object per line on stdout. Other lines are ignored, so a benchmark's own output does no harm.
/// <code>
/// {"phase":"compile","ns":123456}                                        a wall time in ns
/// {"phase":"aot-compile","metric":"artifact-size","unit":"bytes","value":5678}   any other metric
/// {"checksum":-1234567}                                                  what the benchmark returned
/// {"error":"message"}                                                    the driver failed
/// </code>
/// Several lines for the same phase and metric (steady-state calls) are reduced to their median: one
/// process gives one sample per phase, because between-process variance is what samples must capture.
/// </summary>
public static class DriverProtocol
{
    public static StepReading Parse(string stdout)
    {
        var measurements = new List<Measurement>();
        long? checksum = null;
        foreach (var raw in stdout.Split('\n'))
        {
            var line = raw.Trim();
            if (!line.StartsWith('{'))
            {
                continue;
            }

            JsonElement root;
            try
            {
                using var document = JsonDocument.Parse(line);
                root = document.RootElement.Clone();
            }
            catch (JsonException)
            {
                continue;
            }

            if (root.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            if (root.TryGetProperty("error", out var error))
            {
                return StepReading.Failed($"driver: {error}");
            }

            if (root.TryGetProperty("checksum", out var sum) && sum.ValueKind == JsonValueKind.Number && sum.TryGetInt64(out var value))
            {
                if (checksum is { } earlier && earlier != value)
                {
                    return StepReading.Failed($"the benchmark returned different checksums in one process ({earlier}, then {value})");
                }

                checksum = value;
            }

            if (Read(root) is { } measurement)
            {
                measurements.Add(measurement);
            }
        }

        return new StepReading(Reduce(measurements), checksum, null);
    }

    private static Measurement? Read(JsonElement line)
    {
        if (!line.TryGetProperty("phase", out var phase) || phase.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        if (line.TryGetProperty("ns", out var ns) && ns.ValueKind == JsonValueKind.Number && ns.TryGetDouble(out var nanoseconds) && double.IsFinite(nanoseconds))
        {
            return new Measurement(phase.GetString()!, nanoseconds);
        }

        if (line.TryGetProperty("value", out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var number) && double.IsFinite(number))
        {
            var metric = Text(line, "metric", Metrics.WallTime);
            var unit = Text(line, "unit", "ns");
            if (metric is null || unit is null)
            {
                return null;
            }

            return new Measurement(phase.GetString()!, number, metric, unit);
        }

        return null;
    }

    /// <summary>A string member's value, <paramref name="fallback"/> when absent, null when it is not a string.</summary>
    private static string? Text(JsonElement line, string name, string fallback) =>
        !line.TryGetProperty(name, out var value) ? fallback : value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static List<Measurement> Reduce(List<Measurement> measurements) =>
        measurements
            .GroupBy(m => (m.Phase, m.Metric))
            .Select(g => g.First() with { Value = Median(g.Select(m => m.Value).ToArray()) })
            .ToList();

    private static double Median(double[] values)
    {
        Array.Sort(values);
        var mid = values.Length / 2;
        return values.Length % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
    }
}
