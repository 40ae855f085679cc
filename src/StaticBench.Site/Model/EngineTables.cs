using StaticBench.Analysis.Series;
using StaticBench.Schema.Model;
using StaticBench.Site.Formatting;

namespace StaticBench.Site.Model;

/// <summary>
/// Engines side by side: for each machine + parameters + metric of a benchmark with at least two engines and two phases,
/// a table of engines × phases at each series' newest point, with the ratio to native (an engine named
/// <c>native</c>) and to the best engine of the phase.
/// </summary>
public static class EngineTables
{
    /// <summary>The engine whose numbers are the baseline of the "× native" ratios.</summary>
    public const string Native = "native";

    public static IReadOnlyList<EngineTable> For(IReadOnlyList<BenchmarkSeries> series) => series
        .Where(s => s.Latest is not null)
        .GroupBy(s => (s.Key.Machine, s.Key.Parameters, s.Key.Metric, s.Unit, s.Better))
        .Where(g => g.Select(s => s.Key.Engine).Distinct(StringComparer.Ordinal).Count() >= 2 && g.Select(s => s.Key.Phase).Distinct(StringComparer.Ordinal).Count() >= 2)
        .OrderBy(g => g.Key.Machine, StringComparer.Ordinal).ThenBy(g => g.Key.Parameters, StringComparer.Ordinal).ThenBy(g => g.Key.Metric, StringComparer.Ordinal)
        .Select(g => Table(g.Key.Machine, g.Key.Parameters, g.Key.Metric, g.Key.Unit, g.Key.Better, g.ToArray()))
        .ToArray();

    private static EngineTable Table(string machine, string parameters, string metric, string unit, Better better, BenchmarkSeries[] series)
    {
        var phases = series.Select(s => s.Key.Phase).Distinct(StringComparer.Ordinal).OrderBy(Labels.PhaseRank).ThenBy(p => p, StringComparer.Ordinal).ToArray();
        var engines = series.Select(s => s.Key.Engine).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var value = series.ToDictionary(s => (s.Key.Engine, s.Key.Phase), s => s.Latest!.Value.Median);
        var rows = engines.Select(engine => new EngineRow(Labels.Engine(engine), phases.Select(phase =>
        {
            if (!value.TryGetValue((engine, phase), out var v))
            {
                return new EngineCell("", "", "", false, true);
            }

            var inPhase = engines.Where(e => value.ContainsKey((e, phase))).Select(e => value[(e, phase)]).ToArray();
            var best = better == Better.Lower ? inPhase.Min() : inPhase.Max();
            var native = engines.FirstOrDefault(e => e.Split('/')[0] == Native && value.ContainsKey((e, phase)));
            var vsNative = native is null || native == engine ? "" : Times(v, value[(native, phase)]);
            return new EngineCell(ValueFormatter.Format(v, unit), vsNative, v == best ? "" : Times(v, best), v == best && inPhase.Length > 1, false);
        }).ToArray())).ToArray();
        var title = string.Join(" · ", new[] { metric, parameters, machine }.Where(t => t.Length > 0));
        return new EngineTable(title, phases, rows);
    }

    /// <summary><c>×1.84</c>: how many times <paramref name="reference"/> a value is.</summary>
    private static string Times(double value, double reference) =>
        reference == 0 ? "" : "×" + (value / reference).ToString(value / reference >= 100 ? "F0" : value / reference >= 10 ? "F1" : "F2", System.Globalization.CultureInfo.InvariantCulture);
}
