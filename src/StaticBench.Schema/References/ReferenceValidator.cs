using System.Globalization;
using System.Text.Json;
using StaticBench.Schema.Validation;

namespace StaticBench.Schema.References;

/// <summary>
/// Checks a reference file against docs/result-format.md ("Reference results") and names every problem
/// by file and JSON path, as <see cref="ResultValidator"/> does for result files.
/// </summary>
public static class ReferenceValidator
{
    public static IReadOnlyList<ValidationProblem> Validate(JsonElement root, string file)
    {
        var check = new ElementChecker(file);
        if (!check.IsObject(root, "$"))
        {
            return check.Problems;
        }

        var schema = check.String(root, "$", "schema", required: true);
        if (schema is not null && schema != ReferenceVersion.Current)
        {
            check.Fail("$.schema", ReferenceVersion.Is(schema)
                ? $"\"{schema}\" is newer than this staticbench reads ({ReferenceVersion.Current}): upgrade staticbench"
                : $"must be \"{ReferenceVersion.Current}\", not \"{schema}\"");
            return check.Problems;
        }

        var source = check.Member(root, "$", "source", required: true);
        if (check.IsObject(source, "$.source"))
        {
            CheckSource(check, source!.Value);
        }

        var results = check.Member(root, "$", "results", required: true);
        if (results is { } r)
        {
            CheckResults(check, r);
        }

        return check.Problems;
    }

    private static void CheckSource(ElementChecker check, JsonElement source)
    {
        const string path = "$.source";
        foreach (var name in new[] { "system", "version", "hardware" })
        {
            check.String(source, path, name, required: true);
        }

        check.String(source, path, "publisher", required: false);
        check.String(source, path, "notes", required: false);
        if (check.String(source, path, "url", required: true) is { } url
            && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)))
        {
            check.Fail($"{path}.url", $"must be an http(s) address where the numbers were published, not \"{url}\"");
        }

        if (check.String(source, path, "published", required: true) is { } date
            && !DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            check.Fail($"{path}.published", $"must be a date like 2023-10-11, not \"{date}\"");
        }
    }

    private static void CheckResults(ElementChecker check, JsonElement results)
    {
        if (results.ValueKind != JsonValueKind.Array)
        {
            check.Fail("$.results", $"must be an array, not {ElementChecker.Describe(results)}");
            return;
        }

        if (results.GetArrayLength() == 0)
        {
            check.Fail("$.results", "must hold at least one result");
        }

        var seen = new Dictionary<string, int>();
        var index = 0;
        foreach (var result in results.EnumerateArray())
        {
            var path = ElementChecker.Item("$.results", index);
            if (check.IsObject(result, path))
            {
                var benchmark = check.String(result, path, "benchmark", required: true);
                var jobSize = Number(check, result, path, "jobSize", positive: true);
                check.String(result, path, "jobSizeUnit", required: true);
                var metric = check.String(result, path, "metric", required: true);
                Number(check, result, path, "value", positive: false);
                check.String(result, path, "unit", required: true);
                if (check.String(result, path, "better", required: true) is { } better && better is not ("lower" or "higher"))
                {
                    check.Fail($"{path}.better", $"must be \"lower\" or \"higher\", not \"{better}\"");
                }

                check.String(result, path, "ourBenchmark", required: false);
                check.String(result, path, "ourMetric", required: false);
                var key = $"{benchmark}\n{jobSize}\n{metric}";
                if (benchmark is not null && jobSize is not null && metric is not null && !seen.TryAdd(key, index))
                {
                    check.Fail(path, $"repeats results[{seen[key]}]: one value per benchmark, job size and metric");
                }
            }

            index++;
        }
    }

    private static double? Number(ElementChecker check, JsonElement obj, string path, string name, bool positive)
    {
        if (check.Member(obj, path, name, required: true) is not { } element)
        {
            return null;
        }

        var value = check.Finite(element, $"{path}.{name}");
        if (value is { } v && (positive ? v <= 0 : v < 0))
        {
            check.Fail($"{path}.{name}", positive ? $"must be greater than 0, not {v.ToString(CultureInfo.InvariantCulture)}" : $"must not be negative, not {v.ToString(CultureInfo.InvariantCulture)}");
            return null;
        }

        return value;
    }
}
