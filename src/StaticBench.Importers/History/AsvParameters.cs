using StaticBench.Schema.Model;
using StaticBench.Importers.Reading;

namespace StaticBench.Importers.History;

/// <summary>
/// asv's parameters: <c>params</c> is a list of value lists (Python <c>repr()</c> strings such as
/// <c>'hex'</c> or <c>1000</c>), and a result list runs over their cartesian product, the last
/// parameter fastest. Names come from benchmarks.json's <c>param_names</c> (else <c>param1</c>, ...).
/// </summary>
public static class AsvParameters
{
    public static IReadOnlyList<IReadOnlyDictionary<string, ParameterValue>> Combinations(JsonCursor? parameters, JsonCursor? info)
    {
        var lists = parameters?.Items().Select(list => list.Items().Select(v => Value(v.Text())).ToArray()).ToArray() ?? [];
        if (lists.Length == 0)
        {
            return [new Dictionary<string, ParameterValue>()];
        }

        var names = info?.Optional("param_names")?.Items().Select(n => n.String()).ToArray() ?? [];
        IEnumerable<IReadOnlyList<ParameterValue>> product = [[]];
        foreach (var list in lists)
        {
            var values = list;
            product = product.SelectMany(prefix => values.Select(v => (IReadOnlyList<ParameterValue>)[.. prefix, v]));
        }

        return [.. product.Select(combination => (IReadOnlyDictionary<string, ParameterValue>)combination
            .Select((value, i) => (Name: i < names.Length ? names[i] : $"param{i + 1}", value))
            .ToDictionary(p => p.Name, p => p.value, StringComparer.Ordinal))];
    }

    /// <summary>A Python repr: <c>'hex'</c> → hex, <c>1000</c> → 1000, <c>True</c> → true.</summary>
    public static ParameterValue Value(string repr) =>
        repr.Length >= 2 && (repr[0] == '\'' || repr[0] == '"') && repr[^1] == repr[0]
            ? ParameterValue.Of(repr[1..^1])
            : BenchmarkName.Value(repr);
}
