using System.Text.Json;
using StaticBench.Schema.Model;
using StaticBench.Schema.Units;

namespace StaticBench.Schema.Validation;

/// <summary>Checks one entry of <c>results</c>. Returns a skeleton of it (for series identity) when its identifying fields are valid.</summary>
internal static class BenchmarkResultChecker
{
    public static BenchmarkResult? Check(ElementChecker c, JsonElement item, string path)
    {
        var benchmark = c.String(item, path, "benchmark", required: true);
        var phase = c.String(item, path, "phase", required: true);
        var metric = c.String(item, path, "metric", required: true);
        var factor = CheckUnit(c, item, path);
        CheckBetter(c, item, path);
        var parameters = CheckParameters(c, item, path);
        var engine = CheckEngine(c, item, path);
        var samples = CheckSamples(c, item, path, factor);
        CheckSummary(c, item, path, samples, factor);
        CheckExact(c, item, path);

        if (benchmark is null || phase is null || metric is null)
        {
            return null;
        }

        return new BenchmarkResult
        {
            Benchmark = benchmark, Phase = phase, Metric = metric, Unit = "", Better = Better.Lower,
            Samples = [], Parameters = parameters, Engine = engine,
        };
    }

    /// <summary>The factor to the unit's canonical unit (<see cref="UnitTable"/>), or null when the unit is not usable.</summary>
    private static double? CheckUnit(ElementChecker c, JsonElement item, string path)
    {
        var unit = c.String(item, path, "unit", required: true);
        if (unit is null)
        {
            return null;
        }

        if (!UnitTable.IsAccepted(unit))
        {
            c.Fail($"{path}.unit", $"{ElementChecker.Quote(unit)} is not a unit staticbench knows: use a time (ns, us, ms, s), a size (bytes, KiB, MB, ...), " +
                "a count (count, instructions, cycles), a rate (ops/s, MB/s), a cost per operation (ns/op, B/op) or %, ratio, x, score, points");
            return null;
        }

        return UnitTable.Normalize(unit).Factor;
    }

    /// <summary>
    /// A value the statistics can square, divide and sum without reaching infinity: 0, or a magnitude between
    /// <see cref="SampleRange.Smallest"/> and <see cref="SampleRange.Largest"/> once converted to the canonical unit.
    /// </summary>
    private static bool InRange(double value, double factor) => SampleRange.Contains(value * factor);

    private static string RangeProblem(double value, double factor) =>
        factor == 1
            ? $"is {value:R}, outside what staticbench can compute with (0, or a magnitude from {SampleRange.Smallest:R} to {SampleRange.Largest:R})"
            : $"is {value:R}, which is {value * factor:R} in the canonical unit: outside what staticbench can compute with (0, or a magnitude from {SampleRange.Smallest:R} to {SampleRange.Largest:R})";

    private static void CheckBetter(ElementChecker c, JsonElement item, string path)
    {
        var better = c.String(item, path, "better", required: true);
        if (better is not null && better is not ("lower" or "higher"))
        {
            c.Fail($"{path}.better", $"must be \"lower\" or \"higher\", not \"{better}\"");
        }
    }

    private static Dictionary<string, ParameterValue>? CheckParameters(ElementChecker c, JsonElement item, string path)
    {
        var element = c.Member(item, path, "parameters", required: false);
        if (!c.IsObject(element, $"{path}.parameters"))
        {
            return null;
        }

        var parameters = new Dictionary<string, ParameterValue>(StringComparer.Ordinal);
        foreach (var p in element!.Value.EnumerateObject())
        {
            var parameterPath = ElementChecker.Child($"{path}.parameters", p.Name);
            if (c.Text(p.Name, parameterPath, required: true) is null)
            {
                continue;
            }

            ParameterValue? value = p.Value.ValueKind switch
            {
                JsonValueKind.String => c.Text(p.Value.GetString()!, parameterPath, required: false) is { } text ? ParameterValue.Of(text) : null,
                JsonValueKind.Number when p.Value.TryGetDouble(out var d) && double.IsFinite(d) => ParameterValue.Of(d),
                JsonValueKind.True => ParameterValue.Of(true),
                JsonValueKind.False => ParameterValue.Of(false),
                _ => null,
            };
            if (value is { } v)
            {
                parameters[p.Name] = v;
            }
            else if (p.Value.ValueKind != JsonValueKind.String)
            {
                c.Fail(parameterPath, $"must be a string, a finite number or a boolean, not {ElementChecker.Describe(p.Value)}");
            }
        }

        return parameters;
    }

    private static EngineInfo? CheckEngine(ElementChecker c, JsonElement item, string path)
    {
        var enginePath = $"{path}.engine";
        var element = c.Member(item, path, "engine", required: false);
        if (!c.IsObject(element, enginePath))
        {
            return null;
        }

        var e = element!.Value;
        var name = c.String(e, enginePath, "name", required: true);
        c.String(e, enginePath, "version", required: false);
        var config = c.String(e, enginePath, "config", required: false);
        var flags = c.String(e, enginePath, "flags", required: false);
        return name is null ? null : new EngineInfo { Name = name, Config = config, Flags = flags };
    }

    private static List<double> CheckSamples(ElementChecker c, JsonElement item, string path, double? factor)
    {
        var samplesPath = $"{path}.samples";
        var values = new List<double>();
        var element = c.Member(item, path, "samples", required: true);
        if (element is not { } list)
        {
            return values;
        }

        if (list.ValueKind != JsonValueKind.Array)
        {
            c.Fail(samplesPath, $"must be an array of numbers, not {ElementChecker.Describe(list)}");
            return values;
        }

        var i = 0;
        foreach (var sample in list.EnumerateArray())
        {
            // The common case without building a JSON path per sample (millions of them in a long history).
            if (sample.ValueKind == JsonValueKind.Number && sample.TryGetDouble(out var fast) && double.IsFinite(fast)
                && (factor is null || InRange(fast, factor.Value)))
            {
                values.Add(fast);
                i++;
            }
            else if (c.Finite(sample, ElementChecker.Item(samplesPath, i)) is { } d)
            {
                c.Fail(ElementChecker.Item(samplesPath, i), RangeProblem(d, factor!.Value));
                i++;
            }
            else
            {
                i++;
            }
        }

        if (i == 0)
        {
            c.Fail(samplesPath, "must hold at least one sample");
        }

        return values;
    }

    private static void CheckExact(ElementChecker c, JsonElement item, string path)
    {
        if (c.Member(item, path, "exact", required: false) is { } exact && exact.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
        {
            c.Fail($"{path}.exact", $"must be true or false, not {ElementChecker.Describe(exact)}");
        }
    }

    private static void CheckSummary(ElementChecker c, JsonElement item, string path, List<double> samples, double? factor)
    {
        var summaryPath = $"{path}.summary";
        var element = c.Member(item, path, "summary", required: false);
        if (!c.IsObject(element, summaryPath))
        {
            return;
        }

        var s = element!.Value;
        var n = c.Integer(s, summaryPath, "n", required: true, min: 1);
        var stats = new Dictionary<string, double>();
        foreach (var name in new[] { "min", "median", "max" })
        {
            if (c.Member(s, summaryPath, name, required: true) is { } v && c.Finite(v, $"{summaryPath}.{name}") is { } d)
            {
                if (factor is { } f && !InRange(d, f))
                {
                    c.Fail($"{summaryPath}.{name}", RangeProblem(d, f));
                }
                else
                {
                    stats[name] = d;
                }
            }
        }

        var counted = item.TryGetProperty("samples", out var list) && list.ValueKind == JsonValueKind.Array ? list.GetArrayLength() : 0;
        if (n is { } count && counted > 0 && count != counted)
        {
            c.Fail($"{summaryPath}.n", $"is {count}, but there are {counted} samples");
        }

        if (stats.Count == 3 && !(stats["min"] <= stats["median"] && stats["median"] <= stats["max"]))
        {
            c.Fail(summaryPath, "must satisfy min <= median <= max");
        }

        if (samples.Count > 0 && stats.TryGetValue("min", out var min) && min > samples.Min())
        {
            c.Fail($"{summaryPath}.min", $"is {min:R}, above the smallest sample {samples.Min():R}");
        }

        if (samples.Count > 0 && stats.TryGetValue("max", out var max) && max < samples.Max())
        {
            c.Fail($"{summaryPath}.max", $"is {max:R}, below the largest sample {samples.Max():R}");
        }
    }
}
