using System.Text.Json;
using StaticBench.Schema.Model;

namespace StaticBench.Schema.Validation;

/// <summary>Checks one entry of <c>results</c>. Returns a skeleton of it (for series identity) when its identifying fields are valid.</summary>
internal static class BenchmarkResultChecker
{
    public static BenchmarkResult? Check(ElementChecker c, JsonElement item, string path)
    {
        var benchmark = c.String(item, path, "benchmark", required: true);
        var phase = c.String(item, path, "phase", required: true);
        var metric = c.String(item, path, "metric", required: true);
        c.String(item, path, "unit", required: true);
        CheckBetter(c, item, path);
        var parameters = CheckParameters(c, item, path);
        var engine = CheckEngine(c, item, path);
        var samples = CheckSamples(c, item, path);
        CheckSummary(c, item, path, samples);
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
            ParameterValue? value = p.Value.ValueKind switch
            {
                JsonValueKind.String => ParameterValue.Of(p.Value.GetString()!),
                JsonValueKind.Number when double.IsFinite(p.Value.GetDouble()) => ParameterValue.Of(p.Value.GetDouble()),
                JsonValueKind.True => ParameterValue.Of(true),
                JsonValueKind.False => ParameterValue.Of(false),
                _ => null,
            };
            if (value is { } v)
            {
                parameters[p.Name] = v;
            }
            else
            {
                c.Fail($"{path}.parameters.{p.Name}", $"must be a string, a finite number or a boolean, not {ElementChecker.Describe(p.Value)}");
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

    private static List<double> CheckSamples(ElementChecker c, JsonElement item, string path)
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
            if (sample.ValueKind == JsonValueKind.Number && sample.TryGetDouble(out var fast) && double.IsFinite(fast))
            {
                values.Add(fast);
                i++;
            }
            else if (c.Finite(sample, ElementChecker.Item(samplesPath, i++)) is { } d)
            {
                values.Add(d);
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

    private static void CheckSummary(ElementChecker c, JsonElement item, string path, List<double> samples)
    {
        var summaryPath = $"{path}.summary";
        var element = c.Member(item, path, "summary", required: false);
        if (!c.IsObject(element, summaryPath))
        {
            return;
        }

        var s = element!.Value;
        c.Integer(s, summaryPath, "n", required: true, min: 1);
        var stats = new Dictionary<string, double>();
        foreach (var name in new[] { "min", "median", "max" })
        {
            if (c.Member(s, summaryPath, name, required: true) is { } v && c.Finite(v, $"{summaryPath}.{name}") is { } d)
            {
                stats[name] = d;
            }
        }

        if (stats.Count == 3 && !(stats["min"] <= stats["median"] && stats["median"] <= stats["max"]))
        {
            c.Fail(summaryPath, "must satisfy min <= median <= max");
        }

        if (samples.Count > 0 && stats.TryGetValue("min", out var min) && min > samples.Min())
        {
            c.Fail($"{summaryPath}.min", $"is {min}, above the smallest sample {samples.Min()}");
        }
    }
}
