using System.Numerics;

namespace StaticBench.Analysis.Statistics;

/// <summary>
/// The median of every pairwise slope (v[b] − v[a]) / (distance) inside each of several segments, the Theil-Sen
/// slope (<see cref="Trend.TheilSenSlope(IEnumerable{IReadOnlyList{double}}, int)"/>), without storing the slopes:
/// a sample of them brackets the median, one pass counts the slopes below the bracket and keeps the few inside
/// it, and the median is selected among those. The slopes are computed by the same expression either way and
/// the median is the same order statistic, so the result is the same double as selecting among all of them (when
/// the sample's bracket misses, which it almost never does, that is what happens). The detector takes this median
/// over up to a million pairs per series twice (<see cref="ChangePoints.SeriesDrift"/>); filling and selecting in
/// an array of them was a third of a site build's change-point time.
/// </summary>
internal sealed class PairSlopes((double[] Values, int Stride)[] segments)
{
    /// <summary>Up to this many pairs, all slopes are stored and their median selected directly.</summary>
    private const long BracketFrom = 4096;

    /// <summary>Slopes in the sample that brackets the median.</summary>
    private const int SampleSize = 1024;

    /// <summary>
    /// The bracket reaches this many standard deviations of the median's rank in the sample either side (the
    /// binomial spread, at most √(n/4)): it misses the median with a chance of about 1e-4, and then all slopes are
    /// selected among.
    /// </summary>
    private const double BracketDeviations = 4;

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
        var upperRank = count / 2;
        var lowerRank = count % 2 == 0 ? upperRank - 1 : upperRank;
        var sample = Sample();
        Array.Sort(sample);
        var at = (int)((double)upperRank / count * sample.Length);
        var margin = (int)Math.Ceiling(BracketDeviations * Math.Sqrt(sample.Length / 4.0)) + 1;
        var (low, high) = (sample[Math.Max(0, at - margin)], sample[Math.Min(sample.Length - 1, at + margin)]);

        long below = 0;
        var inside = new List<double>((int)Math.Min(int.MaxValue / 2, 4 * count * margin / sample.Length + 16));
        foreach (var (v, stride) in segments)
        {
            if (!Tally(v, stride, low, high, ref below, inside))
            {
                return null;
            }
        }

        if (below > lowerRank || upperRank >= below + inside.Count)
        {
            return null;
        }

        var values = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(inside);
        var k = (int)(upperRank - below);
        var upper = Selection.Select(values, k);
        if (lowerRank == upperRank)
        {
            return upper;
        }

        // As in Selection.MedianInPlace: after selecting position k, the one below is the largest before it.
        var lower = values[0];
        for (var i = 1; i < k; i++)
        {
            lower = Math.Max(lower, values[i]);
        }

        return (lower + upper) / 2;
    }

    /// <summary>
    /// Counts the slopes of one segment below <paramref name="low"/> and keeps those up to <paramref name="high"/>;
    /// false on a NaN slope. Several slopes at a time (System.Numerics.Vector): a vector subtraction and division
    /// round each lane exactly as the scalar operations do, so every slope is the same double.
    /// </summary>
    private static bool Tally(double[] v, int stride, double low, double high, ref long below, List<double> inside)
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

        var state = 0x9E3779B97F4A7C15UL;
        ulong Next()
        {
            // xorshift64*
            state ^= state >> 12;
            state ^= state << 25;
            state ^= state >> 27;
            return state * 0x2545F4914F6CDD1DUL;
        }

        var sample = new double[SampleSize];
        for (var r = 0; r < sample.Length; r++)
        {
            var pick = (long)(Next() % (ulong)total);
            var s = 0;
            while (cumulative[s] <= pick)
            {
                s++;
            }

            var (v, stride) = segments[s];
            var a = (int)(Next() % (ulong)v.Length);
            var b = (int)(Next() % (ulong)(v.Length - 1));
            if (b >= a)
            {
                b++;
            }

            sample[r] = a < b ? Slope(v, stride, a, b) : Slope(v, stride, b, a);
        }

        return sample;
    }
}
