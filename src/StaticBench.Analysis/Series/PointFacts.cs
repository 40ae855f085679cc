using StaticBench.Schema.Model;

namespace StaticBench.Analysis.Series;

/// <summary>
/// The numbers of the trend point one result makes when its run is alone at its commit: the harness's summary and the
/// median's interval (<see cref="MedianInterval.TryOfUnsorted"/>). <see cref="Known"/> is false where those do not
/// apply (no summary, or samples the unsorted interval refuses); the point is then made from a sort (<see cref="PointCombiner.Single"/>).
/// </summary>
internal readonly record struct PointFacts(bool Known, double Median, double Min, double Max, double MedianLow, double MedianHigh, int SampleCount, string? EngineVersion)
{
    /// <summary>The facts of result <paramref name="position"/> of <paramref name="results"/>, read from the columns when the run holds them.</summary>
    public static PointFacts Of(IReadOnlyList<BenchmarkResult> results, int position)
    {
        if (results is not ResultColumns columns)
        {
            return Of(results[position]);
        }

        var samples = columns.SamplesOf(position);
        return columns.TrySummary(position, out _, out var min, out var median, out var max) && MedianInterval.TryOfUnsorted(samples, out var low, out var high)
            ? new PointFacts(true, median, min, max, Math.Min(low, median), Math.Max(high, median), samples.Length, columns.Header(position).Engine?.Version)
            : default;
    }

    private static PointFacts Of(BenchmarkResult result)
    {
        // Most results carry the harness's summary, so only the interval is needed: two order statistics, not a sort.
        if (result is { Summary: { } summary, Samples: double[] raw } && MedianInterval.TryOfUnsorted(raw, out var low, out var high))
        {
            return new PointFacts(
                true, summary.Median, summary.Min, summary.Max, Math.Min(low, summary.Median), Math.Max(high, summary.Median), raw.Length, result.Engine?.Version);
        }

        return default;
    }

    public SeriesPoint Point(PointOrigin origin) =>
        new(origin, Median, Min, Max, SampleCount, EngineVersion) { MedianLow = MedianLow, MedianHigh = MedianHigh };
}

/// <summary>
/// What the pivot reads of each run while it walks them in the order they were read, whose results and samples lie
/// together in memory: each on-trend run's <see cref="PointOrigin"/> by history rank, and each result's
/// <see cref="PointFacts"/> by its slot (its run's first slot, newest run first, plus its position in the run). Read
/// series by series later, a result's summary and samples would each be a cache miss; its facts are one, and the
/// series' points are still made, and lie in memory, series by series.
/// </summary>
internal sealed class RunFacts
{
    public RunFacts(IReadOnlyList<(RecordedRun Run, Place Place)> newestFirst)
    {
        FirstSlot = new int[newestFirst.Count];
        var slots = 0;
        for (var r = 0; r < newestFirst.Count; r++)
        {
            FirstSlot[r] = slots;
            slots += newestFirst[r].Run.Run.Results.Count;
        }

        // In chunks below the large object heap's threshold: the facts die with the pivot, and a large object would be
        // kept until a full collection, which a build may never run (tens of MB on top of its peak at 200 x 3,000).
        _chunks = new PointFacts[(slots + ChunkSize - 1) / ChunkSize][];
        for (var c = 0; c < _chunks.Length; c++)
        {
            _chunks[c] = new PointFacts[Math.Min(ChunkSize, slots - c * ChunkSize)];
        }

        Origins = new PointOrigin?[newestFirst.Count];
    }

    private const int ChunkBits = 10;
    private const int ChunkSize = 1 << ChunkBits;

    private readonly PointFacts[][] _chunks;

    /// <summary>The slot of each run's first result, by its place newest first.</summary>
    public int[] FirstSlot { get; }

    /// <summary>Each result's facts by slot (default for results off the trend).</summary>
    public ref PointFacts this[int slot] => ref _chunks[slot >> ChunkBits][slot & (ChunkSize - 1)];

    /// <summary>Each run's origin by history rank; null for runs off the trend.</summary>
    public PointOrigin?[] Origins { get; }

    /// <summary>The point of <paramref name="placed"/>'s run alone at its commit.</summary>
    public SeriesPoint Point(PlacedObservation placed)
    {
        var origin = Origins[placed.Place.HistoryRank]!;
        var facts = this[placed.Slot];
        return facts.Known ? facts.Point(origin) : PointCombiner.Single(placed.Observation, origin);
    }
}
