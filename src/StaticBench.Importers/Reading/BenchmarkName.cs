using System.Globalization;
using StaticBench.Schema.Model;

namespace StaticBench.Importers.Reading;

/// <summary>A benchmark's name with the parameters its harness wrote into the name taken out.</summary>
public sealed record BenchmarkName(string Benchmark, IReadOnlyDictionary<string, ParameterValue> Parameters)
{
    public static BenchmarkName Plain(string benchmark) => new(benchmark, new Dictionary<string, ParameterValue>());

    /// <summary>This name with one more parameter.</summary>
    public BenchmarkName With(string key, ParameterValue value) =>
        this with { Parameters = new Dictionary<string, ParameterValue>(Parameters, StringComparer.Ordinal) { [key] = value } };

    /// <summary>
    /// Splits a name at <c>/</c>: <c>key=value</c> and <c>key:value</c> segments (several joined by
    /// <c>&amp;</c> or <c>,</c>) become parameters, a bare number becomes <c>arg0</c>, <c>arg1</c>, ...
    /// in order, and the other segments stay the benchmark name.
    /// <c>BM_Sort/1024</c> → <c>BM_Sort</c> {arg0=1024}; <c>Benchmark/size=8</c> → <c>Benchmark</c> {size=8};
    /// <c>N=10&amp;Kind=hex</c> → {N=10, Kind=hex}.
    /// </summary>
    public static BenchmarkName Parse(string name)
    {
        var parts = new List<string>();
        var parameters = new Dictionary<string, ParameterValue>(StringComparer.Ordinal);
        var position = 0;
        foreach (var segment in name.Split('/'))
        {
            var pairs = segment.Split('&', ',');
            if (segment.Length > 0 && pairs.All(IsPair))
            {
                foreach (var pair in pairs)
                {
                    var cut = pair.IndexOfAny(['=', ':']);
                    parameters[pair[..cut].Trim()] = Value(pair[(cut + 1)..].Trim());
                }
            }
            else if (parts.Count > 0 && double.TryParse(segment, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            {
                parameters[$"arg{position++}"] = ParameterValue.Of(number);
            }
            else
            {
                parts.Add(segment);
            }
        }

        return new BenchmarkName(parts.Count > 0 ? string.Join('/', parts) : name, parameters);
    }

    /// <summary>A parameter value as typed as its text allows: a number, a boolean, or the text.</summary>
    public static ParameterValue Value(string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number)
            ? ParameterValue.Of(number)
            : text switch
            {
                "true" or "True" => ParameterValue.Of(true),
                "false" or "False" => ParameterValue.Of(false),
                _ => ParameterValue.Of(text),
            };

    private static bool IsPair(string text)
    {
        var cut = text.IndexOfAny(['=', ':']);
        // A key is an identifier (size, len, N, threads); "sort#size=100" and Rust's "tests::bench" are names.
        return cut > 0 && !text.Contains("::", StringComparison.Ordinal) && cut < text.Length - 1 && !text.Any(char.IsWhiteSpace)
            && (char.IsLetter(text[0]) || text[0] == '_') && text[..cut].All(c => char.IsLetterOrDigit(c) || c is '_' or '-' or '.');
    }
}
