namespace StaticBench.Site.Model;

/// <summary>
/// One colour per engine across the whole site, so an engine keeps its colour from chart to chart:
/// engines in ordinal order take the palette's colours in turn.
/// </summary>
public static class EngineColours
{
    /// <summary>How many colours the palette has (the stylesheet's <c>--s0</c> … <c>--s7</c>).</summary>
    public const int PaletteSize = 8;

    public static IReadOnlyDictionary<string, int> For(IEnumerable<Analysis.Series.BenchmarkSeries> series) => series
        .Select(s => s.Key.Engine)
        .Distinct(StringComparer.Ordinal)
        .Order(StringComparer.Ordinal)
        .Select((engine, i) => (engine, i))
        .ToDictionary(x => x.engine, x => x.i % PaletteSize, StringComparer.Ordinal);
}
