using System.Numerics;

namespace StaticBench.Analysis.Statistics;

/// <summary>
/// The median of every pairwise slope (v[b] − v[a]) / (distance) inside each of several segments, the Theil-Sen
/// slope (<see cref="Trend.TheilSenSlope(IEnumerable{IReadOnlyList{double}}, int)"/>), without storing the slopes
/// (<see cref="MedianBracket"/>). The slopes are computed by the same expression either way, so the result is the
/// same double as selecting among all of them. The detector takes this median
/// over up to a million pairs per series twice (<see cref="ChangePoints.SeriesDrift"/>); filling and selecting in
/// an array of them was a third of a site build's change-point time.
/// </summary>
internal sealed class PairSlopes((double[] Values, int Stride)[] segments)
{
    /// <summary>Up to this many pairs, all slopes are stored and their median selected directly.</summary>
    private const long BracketFrom = 4096;

    /// <summary>Slopes in the sample that brackets the median.</summary>
    private const int SampleSize = 1024;

    /// <summary>The points of <paramref name="segment"/> kept at every <paramref name="stride"/>-th position from the first.</summary>
    public static (double[] Values, int Stride) Thin(IReadOnlyList<double> segment, int stride)
    {
        var kept = new double[(segment.Count + stride - 1) / stride];
        for (var a = 0; a < kept.Length; a++)
        {
            kept[a] = segment[a * stride];
        }

        return (kept, stride);
    }

    /// <summary>How many pairs there are.</summary>
    public long Count => segments.Sum(s => Pairs(s.Values.Length));

    /// <summary>The median slope (the mean of the two middle ones for an even count), as <see cref="Selection.MedianInPlace"/> gives it; 0 without pairs.</summary>
    public double Median()
    {
        var count = Count;
        if (count == 0)
        {
            return 0;
        }

        if (count > BracketFrom && Bracketed(count) is { } median)
        {
            return median;
        }

        var slopes = new double[count];
        var k = 0;
        foreach (var (v, stride) in segments)
        {
            for (var a = 0; a < v.Length; a++)
            {
                for (var b = a + 1; b < v.Length; b++)
                {
                    slopes[k++] = Slope(v, stride, a, b);
                }
            }
        }

        return Selection.MedianInPlace(slopes);
    }

    /// <summary>The slope between kept points a &lt; b: (j − i) is their distance in the segment, as an int, exactly as the unthinned loop divides.</summary>
    private static double Slope(double[] v, int stride, int a, int b) => (v[b] - v[a]) / ((b - a) * stride);

    private static long Pairs(int points) => (long)points * (points - 1) / 2;

    /// <summary>The median selected among the slopes inside a sampled bracket; null when the bracket does not hold it.</summary>
    private double? Bracketed(long count)
    {
        var (low, high) = MedianBracket.Of(Sample(), count);
        long below = 0;
        using var inside = new BracketValues(MedianBracket.Capacity(count, SampleSize));
        foreach (var (v, stride) in segments)
        {
            if (!Tally(v, stride, low, high, ref below, inside))
            {
                return null;
            }
        }

        return MedianBracket.Median(inside.Values, below, count);
    }

    /// <summary>
    /// Counts the slopes of one segment below <paramref name="low"/> and keeps those up to <paramref name="high"/>;
    /// false on a NaN slope. Several slopes at a time (System.Numerics.Vector): a vector subtraction and division
    /// round each lane exactly as the scalar operations do, so every slope is the same double.
    /// </summary>
    private static bool Tally(double[] v, int stride, double low, double high, ref long below, BracketValues inside)
    {
        var width = Vector<double>.Count;
        var distances = new double[v.Length];
        for (var d = 1; d < v.Length; d++)
        {
            distances[d] = d * stride;
        }

        var (lows, highs) = (new Vector<double>(low), new Vector<double>(high));
        for (var a = 0; a < v.Length; a++)
        {
            var va = v[a];
            var b = a + 1;
            if (Vector.IsHardwareAccelerated)
            {
                var from = new Vector<double>(va);
                for (; b + width <= v.Length; b += width)
                {
                    var slopes = (new Vector<double>(v, b) - from) / new Vector<double>(distances, b - a);
                    if (!Vector.EqualsAll(slopes, slopes))
                    {
                        return false; // a NaN
                    }

                    var under = Vector.LessThan(slopes, lows);
                    below -= Vector.Sum(under); // a true lane is all ones: −1
                    var kept = Vector.AndNot(Vector.LessThanOrEqual(slopes, highs), under);
                    if (!Vector.EqualsAll(kept, Vector<long>.Zero))
                    {
                        for (var lane = 0; lane < width; lane++)
                        {
                            if (kept[lane] != 0)
                            {
                                inside.Add(slopes[lane]);
                            }
                        }
                    }
                }
            }

            for (; b < v.Length; b++)
            {
                var slope = (v[b] - va) / ((b - a) * stride);
                if (slope < low)
                {
                    below++;
                }
                else if (slope <= high)
                {
                    inside.Add(slope);
                }
                else if (double.IsNaN(slope))
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>Slopes of pairs drawn uniformly from all pairs by a fixed generator: the same sample every run (only speed depends on it).</summary>
    private double[] Sample()
    {
        var cumulative = new long[segments.Length];
        long total = 0;
        for (var s = 0; s < segments.Length; s++)
        {
            total += Pairs(segments[s].Values.Length);
            cumulative[s] = total;
        }

        var draws = new MedianBracket.Draws();
        var sample = new double[SampleSize];
        for (var r = 0; r < sample.Length; r++)
        {
            var pick = draws.Below(total);
            var s = 0;
            while (cumulative[s] <= pick)
            {
                s++;
            }

            var (v, stride) = segments[s];
            var a = (int)draws.Below(v.Length);
            var b = (int)draws.Below(v.Length - 1);
            if (b >= a)
            {
                b++;
            }

            sample[r] = a < b ? Slope(v, stride, a, b) : Slope(v, stride, b, a);
        }

        return sample;
    }
}
