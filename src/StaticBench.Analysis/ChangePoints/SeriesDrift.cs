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
    /// <summary>Segments longer than this are thinned to about this many points (true positions kept), so the slope costs O(n), not O(n²).</summary>
    private const int MaxPointsPerSegment = 200;

    /// <summary>The slope per point of <paramref name="data"/> within the segments that <paramref name="cuts"/> (first points of new segments, sorted) cut it into.</summary>
    public static double Slope(IReadOnlyList<double> data, IReadOnlyList<int> cuts)
    {
        var slopes = new List<double>();
        var start = 0;
        foreach (var end in cuts.Append(data.Count))
        {
            var stride = Math.Max(1, (end - start + MaxPointsPerSegment - 1) / MaxPointsPerSegment);
            for (var i = start; i < end; i += stride)
            {
                for (var j = i + stride; j < end; j += stride)
                {
                    slopes.Add((data[j] - data[i]) / (j - i));
                }
            }

            start = end;
        }

        return slopes.Count == 0 ? 0 : RankStatistics.Median(slopes);
    }

    /// <summary><paramref name="data"/> with <paramref name="slope"/> × position taken off.</summary>
    public static double[] Remove(IReadOnlyList<double> data, double slope) =>
        data.Select((v, i) => v - slope * i).ToArray();
}
