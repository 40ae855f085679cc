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
/// Finds scaling groups: series that differ only in a job size (<see cref="JobSize"/>: a size-like parameter with
/// positive numbers; names of sizes such as <c>size=small</c> do not split a group), fitted when a group has three
/// sizes. Instruction profiles (one series per opcode or function) are left out: their total scales, not each part.
/// </summary>
public static class ScalingGroups
{
    public static IReadOnlyList<ScalingGroup> Find(IReadOnlyList<Series.BenchmarkSeries> series)
    {
        var groups = new Dictionary<string, (string Parameter, string Others, List<(double, Series.BenchmarkSeries)> Members)>(StringComparer.Ordinal);
        foreach (var s in series)
        {
            if (s.Latest is null || ProfileMetrics.IsProfile(s.Key.Metric))
            {
                continue;
            }

            foreach (var size in JobSize.Candidates(s.Key.Parameters))
            {
                var id = string.Join("\u0001", s.Key.Machine, s.Key.Benchmark, s.Key.Engine, s.Key.Phase, s.Key.Metric, size.OtherParameters, size.Parameter, s.Unit);
                if (!groups.TryGetValue(id, out var g))
                {
                    groups[id] = g = (size.Parameter, size.OtherParameters, []);
                }

                g.Members.Add((size.Value, s));
            }
        }

        var result = new List<ScalingGroup>();
        foreach (var (_, (parameter, others, members)) in groups.OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var ordered = members.OrderBy(m => m.Item1).ToArray();
            var fit = ScalingFit.Fit(ordered.Select(m => (m.Item1, m.Item2.Latest!.Value.Median)).ToArray());
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
