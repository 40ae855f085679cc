using System.Globalization;
using StaticBench.Analysis.Series;
using StaticBench.Schema.Model;

namespace StaticBench.Analysis.Scaling;

/// <summary>
/// Series that differ only in one numeric size-like parameter (<see cref="Parameter"/>), fitted
/// together at their latest points: <see cref="Members"/> are the series with their size, smallest first.
/// </summary>
public sealed record ScalingGroup(string Benchmark, string Machine, string Engine, string Phase, string Metric, string OtherParameters, string Parameter, string Unit, IReadOnlyList<(double Size, Series.BenchmarkSeries Series)> Members, ScalingFit Fit)
{
    public string Id => SeriesId.ShortHash($"scaling|{Machine}|{Benchmark}|{OtherParameters}|{Engine}|{Phase}|{Metric}|{Parameter}");
}

/// <summary>
/// Finds scaling groups: a parameter counts as a size when its name is size-like (<c>size</c>,
/// <c>n</c>, <c>count</c>, <c>jobs</c>, <c>bytes</c>, <c>length</c>, <c>items</c>, ... or ends in
/// <c>-size</c>/<c>_size</c>) and its values are positive numbers; a group needs three sizes.
/// </summary>
public static class ScalingGroups
{
    private static readonly string[] SizeNames = ["size", "n", "count", "jobs", "job-size", "bytes", "length", "len", "items", "elements", "functions", "lines", "modules", "module-size", "input-size", "scale", "work"];

    public static bool IsSizeLike(string name)
    {
        var lower = name.ToLowerInvariant();
        return SizeNames.Contains(lower) || lower.EndsWith("size", StringComparison.Ordinal) || lower.EndsWith("-count", StringComparison.Ordinal) || lower.EndsWith("_count", StringComparison.Ordinal);
    }

    public static IReadOnlyList<ScalingGroup> Find(IReadOnlyList<Series.BenchmarkSeries> series)
    {
        var groups = new Dictionary<string, (string Parameter, string Others, List<(double, Series.BenchmarkSeries)> Members)>(StringComparer.Ordinal);
        foreach (var s in series)
        {
            if (s.Latest is null || string.IsNullOrEmpty(s.Key.Parameters))
            {
                continue;
            }

            var pairs = s.Key.Parameters.Split(',').Select(p => p.Split('=', 2)).Where(p => p.Length == 2).ToArray();
            foreach (var pair in pairs.Where(p => IsSizeLike(p[0])))
            {
                if (!double.TryParse(pair[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var size) || size <= 0)
                {
                    continue;
                }

                var others = string.Join(",", pairs.Where(p => p != pair).Select(p => $"{p[0]}={p[1]}"));
                var id = string.Join("\u0001", s.Key.Machine, s.Key.Benchmark, s.Key.Engine, s.Key.Phase, s.Key.Metric, others, pair[0], s.Unit);
                if (!groups.TryGetValue(id, out var g))
                {
                    groups[id] = g = (pair[0], others, []);
                }

                g.Members.Add((size, s));
            }
        }

        var result = new List<ScalingGroup>();
        foreach (var (_, (parameter, others, members)) in groups.OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var ordered = members.OrderBy(m => m.Item1).ToArray();
            var fit = ScalingFit.Fit(ordered.Select(m => (m.Item1, m.Item2.Latest!.Median)).ToArray());
            if (fit is null)
            {
                continue;
            }

            var k = ordered[0].Item2.Key;
            result.Add(new ScalingGroup(k.Benchmark, k.Machine, k.Engine, k.Phase, k.Metric, others, parameter, ordered[0].Item2.Unit, ordered, fit));
        }

        return result;
    }
}
