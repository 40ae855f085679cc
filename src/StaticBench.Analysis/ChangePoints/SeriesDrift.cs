using StaticBench.Analysis.Statistics;

namespace StaticBench.Analysis.ChangePoints;

/// <summary>
/// A slow drift across the whole series, measured between the steps: the Theil-Sen slope of pairs
/// inside each segment (never across a step, so a step is not mistaken for a slope). Removing it lets
/// the steps be tested on level ground; without this, a drift is cut into a staircase of small false
/// alarms, and the tests that guard against that locally cost power on every real step.
/// </summary>
public static class SeriesDrift
{
    /// <summary>Segments longer than this are thinned to about this many points, so the slope costs O(n), not O(n²).</summary>
    private const int MaxPointsPerSegment = 200;

    /// <summary>The Theil-Sen slope per point of <paramref name="data"/> within the segments that <paramref name="cuts"/> (first points of new segments, sorted) cut it into.</summary>
    public static double Slope(double[] data, IReadOnlyList<int> cuts) =>
        Trend.TheilSenSlope(
            cuts.Prepend(0).Zip(cuts.Append(data.Length), (start, end) => (IReadOnlyList<double>)new ArraySegment<double>(data, start, end - start)),
            MaxPointsPerSegment);

    /// <summary><paramref name="data"/> with <paramref name="slope"/> × position taken off.</summary>
    public static double[] Remove(IReadOnlyList<double> data, double slope) =>
        data.Select((v, i) => v - slope * i).ToArray();
}
