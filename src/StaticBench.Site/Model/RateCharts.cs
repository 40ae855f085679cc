using StaticBench.Analysis.Profiles;
using StaticBench.Analysis.Scaling;
using StaticBench.Analysis.Series;
using StaticBench.Site.Formatting;

namespace StaticBench.Site.Model;

/// <summary>
/// A chart of instructions per nanosecond over history (<see cref="InstructionRates"/>): one per machine + parameters +
/// phase, each engine a line. A derived view of two series, drawn by the same browser charts as the trends but with no
/// change markers and no status: change detection runs on the instruction count and the time, never on their ratio.
/// </summary>
/// <param name="Id">Its anchor and its id in the benchmark's data script, <c>rate-&lt;hash&gt;</c>.</param>
/// <param name="Title">What it shows.</param>
/// <param name="Newest">Each line's newest value in words, shown where scripts do not run.</param>
public sealed record RateChart(string Id, string Title, string Newest)
{
    /// <summary>The unit its values are in, as the charts print it: short, so that the y axis' labels fit (the title says "instructions per ns").</summary>
    public const string Unit = "/ns";

    public required IReadOnlyList<RateLine> Lines { get; init; }
}

/// <summary>One engine's line on a <see cref="RateChart"/>: its label, its palette colour, its points.</summary>
public sealed record RateLine(string Label, int Colour, InstructionRate Rate);

/// <summary>Builds the <see cref="RateChart"/>s of one benchmark.</summary>
public static class RateCharts
{
    public static RateChart[] For(IReadOnlyList<BenchmarkSeries> series, IReadOnlyDictionary<string, int> colours) => InstructionRates.Find(series)
        .GroupBy(r => (r.Instructions.Key.Machine, r.Instructions.Key.Parameters, r.Instructions.Key.Phase))
        .OrderBy(g => Labels.PhaseRank(g.Key.Phase)).ThenBy(g => g.Key.Phase, StringComparer.Ordinal)
        .ThenBy(g => JobSize.Of(g.Key.Parameters)?.OtherParameters ?? g.Key.Parameters, StringComparer.Ordinal).ThenBy(g => JobSize.Of(g.Key.Parameters)?.Value ?? 0)
        .Select(g =>
        {
            var lines = g.OrderBy(r => r.Instructions.Key.Engine, StringComparer.Ordinal)
                .Select(r => new RateLine(Labels.Engine(r.Instructions.Key.Engine), colours.GetValueOrDefault(r.Instructions.Key.Engine), r))
                .ToArray();
            var engine = lines.Length == 1 ? lines[0].Label : "";
            var title = string.Join(" · ", new[] { g.Key.Phase, "instructions per ns", engine, g.Key.Parameters, g.Key.Machine }.Where(t => t.Length > 0));
            var newest = string.Join("; ", lines.Select(l => $"{l.Label}: {ValueFormatter.Format(l.Rate.Points[^1].Value, "instructions/ns")} at {Schema.Model.CommitId.Short(l.Rate.Points[^1].Commit)}"));
            return new RateChart("rate-" + SeriesId.ShortHash(string.Join("\n", g.Key.Machine, g.Key.Parameters, g.Key.Phase)), title, newest) { Lines = lines };
        })
        .ToArray();
}
