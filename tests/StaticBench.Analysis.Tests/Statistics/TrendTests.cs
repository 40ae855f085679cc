using StaticBench.Analysis.Statistics;

namespace StaticBench.Analysis.Tests.Statistics;

/// <summary>
/// Theil-Sen and Mann-Kendall are computed the fast way (a sampled bracket around the median slope, S by counting
/// inversions): these check them to the bit against the plain definitions, on the shapes that could trip them.
/// </summary>
public class TrendTests
{
    public static TheoryData<string> Shapes => new() { "noise", "ties", "line", "constant", "step", "outliers" };

    private static double[] Make(string shape, int n, Random random) => shape switch
    {
        "noise" => Enumerable.Range(0, n).Select(_ => Math.Log(100) + 0.03 * (random.NextDouble() - 0.5)).ToArray(),
        "ties" => Enumerable.Range(0, n).Select(_ => (double)random.Next(4)).ToArray(),
        "line" => Enumerable.Range(0, n).Select(i => 0.25 * i).ToArray(),
        "constant" => Enumerable.Repeat(4.6, n).ToArray(),
        "step" => Enumerable.Range(0, n).Select(i => (i < n / 3 ? 0 : 0.05) + 0.01 * random.NextDouble()).ToArray(),
        _ => Enumerable.Range(0, n).Select(i => random.Next(20) == 0 ? 1e6 * random.NextDouble() : random.NextDouble()).ToArray(),
    };

    /// <summary>The Theil-Sen slope as defined: every pair's slope inside each (thinned) segment, the sorted middle.</summary>
    private static double PlainTheilSen(IReadOnlyList<double>[] segments, int maxPoints)
    {
        var slopes = new List<double>();
        foreach (var s in segments)
        {
            var stride = Math.Max(1, (int)((s.Count + (long)maxPoints - 1) / maxPoints));
            for (var i = 0; i < s.Count; i += stride)
            {
                for (var j = i + stride; j < s.Count; j += stride)
                {
                    slopes.Add((s[j] - s[i]) / (j - i));
                }
            }
        }

        if (slopes.Count == 0)
        {
            return 0;
        }

        var sorted = slopes.Order().ToArray();
        var n = sorted.Length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[(n / 2) - 1] + sorted[n / 2]) / 2;
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Theil_Sen_slope_is_the_plain_median_of_pairwise_slopes_to_the_bit(string shape)
    {
        // Given segments of many lengths (a few pairs, thousands, and long ones thinned to 500 points), alone and together
        var random = new Random(20261203);
        foreach (var lengths in new[] { new[] { 0 }, [1], [2], [3], [60], [91], [92], [93], [240], [1200], [0, 1, 700], [750, 750, 750, 750], [5, 1500, 2] })
        {
            var segments = lengths.Select(n => (IReadOnlyList<double>)Make(shape, n, random)).ToArray();

            // When the slope is computed, then it equals the plain definition exactly, thinned or not
            Trend.TheilSenSlope(segments, 500).ShouldBe(PlainTheilSen(segments, 500), $"{shape}, {string.Join("+", lengths)}");
            if (lengths.Sum() <= 800)
            {
                Trend.TheilSenSlope(segments).ShouldBe(PlainTheilSen(segments, int.MaxValue), $"{shape}, {string.Join("+", lengths)}, whole");
            }
        }
    }

    [Fact]
    public void Theil_Sen_slope_over_array_segments_reads_only_their_window()
    {
        // Given a series whose segments are windows of one array (as the detector's drift slope passes them)
        var random = new Random(5);
        var data = Make("step", 3000, random);
        var segments = new IReadOnlyList<double>[] { new ArraySegment<double>(data, 0, 1000), new ArraySegment<double>(data, 1100, 1900) };

        // Then the slope is the plain one over those windows
        Trend.TheilSenSlope(segments, 500).ShouldBe(PlainTheilSen(segments, 500));
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Mann_Kendall_z_equals_the_pairwise_sign_sum(string shape)
    {
        // Given one or two segments of every length up to 300 (the counting way starts above 64 points)
        var random = new Random(3);
        foreach (var n in Enumerable.Range(0, 301))
        {
            var first = Make(shape, n, random);
            var second = Make(shape, (n * 7) % 150, random);

            // Then z is the one the O(n²) sum of signs gives
            Trend.MannKendallZ(first).ShouldBe(PlainKendallZ(first), $"{shape}, n = {n}");
            Trend.MannKendallZ(first, second).ShouldBe(PlainKendallZ(first, second), $"{shape}, n = {n} + {second.Length}");
        }
    }

    private static double PlainKendallZ(params double[][] segments)
    {
        double s = 0, variance = 0;
        foreach (var seg in segments)
        {
            var n = seg.Length;
            for (var i = 0; i < n; i++)
            {
                for (var j = i + 1; j < n; j++)
                {
                    s += Math.Sign(seg[j] - seg[i]);
                }
            }

            variance += n * (n - 1.0) * (2 * n + 5) / 18;
        }

        return variance <= 0 ? 0 : (s > 0 ? s - 1 : s < 0 ? s + 1 : 0) / Math.Sqrt(variance);
    }
}
