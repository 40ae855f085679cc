namespace StaticBench.Analysis.Statistics;

/// <summary>
/// The median of many values that are cheap to compute and count but costly to store (every pairwise slope or
/// difference), found exactly: a sample of them brackets the median, one pass counts the values below the bracket
/// and keeps those inside it, and the median is selected among those. It is the same order statistic of the same
/// doubles, so it equals <see cref="Selection.MedianInPlace"/> over all of them; when the bracket misses it (a chance
/// of about 1e-4 per call), the caller falls back to that.
/// </summary>
internal static class MedianBracket
{
    /// <summary>
    /// The bracket reaches this many standard deviations of the median's rank in the sample either side (the
    /// binomial spread, at most √(n/4)).
    /// </summary>
    private const double Deviations = 4;

    /// <summary>The low and high end of the bracket from <paramref name="sample"/> (sorted here) for <paramref name="count"/> values in all.</summary>
    public static (double Low, double High) Of(double[] sample, long count)
    {
        Array.Sort(sample);
        var at = (int)((double)(count / 2) / count * sample.Length);
        var margin = (int)Math.Ceiling(Deviations * Math.Sqrt(sample.Length / 4.0)) + 1;
        return (sample[Math.Max(0, at - margin)], sample[Math.Min(sample.Length - 1, at + margin)]);
    }

    /// <summary>About how many values fall inside a bracket from a sample of <paramref name="sampleSize"/> (twice the expected number, for a list's capacity).</summary>
    public static int Capacity(long count, int sampleSize) =>
        (int)Math.Min(1 << 24, 2 * count * (2 * ((int)Math.Ceiling(Deviations * Math.Sqrt(sampleSize / 4.0)) + 1)) / sampleSize + 16);

    /// <summary>
    /// The median of all <paramref name="count"/> values, given the <paramref name="below"/> of them under the
    /// bracket and the ones inside it (reordered); null when the middle ranks are not inside.
    /// </summary>
    public static double? Median(Span<double> inside, long below, long count)
    {
        var upperRank = count / 2;
        var lowerRank = count % 2 == 0 ? upperRank - 1 : upperRank;
        if (below > lowerRank || upperRank >= below + inside.Length)
        {
            return null;
        }

        var k = (int)(upperRank - below);
        var upper = Selection.Select(inside, k);
        if (lowerRank == upperRank)
        {
            return upper;
        }

        // As in Selection.MedianInPlace: after selecting position k, the one below is the largest before it.
        var lower = inside[0];
        for (var i = 1; i < k; i++)
        {
            lower = Math.Max(lower, inside[i]);
        }

        return (lower + upper) / 2;
    }

    /// <summary>A fixed pseudo-random sequence (xorshift64*): the same sample every run; only speed depends on it.</summary>
    public sealed class Draws
    {
        private ulong state = 0x9E3779B97F4A7C15UL;

        public ulong Next()
        {
            state ^= state >> 12;
            state ^= state << 25;
            state ^= state >> 27;
            return state * 0x2545F4914F6CDD1DUL;
        }

        /// <summary>A number in [0, <paramref name="bound"/>).</summary>
        public long Below(long bound) => (long)(Next() % (ulong)bound);
    }
}
