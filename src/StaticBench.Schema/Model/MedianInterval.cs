namespace StaticBench.Schema.Model;

/// <summary>
/// The distribution-free confidence interval of a median: the order statistics whose ranks the
/// binomial(n, 1/2) distribution puts around the middle, so it holds for any noise shape (two modes,
/// outliers). With fewer than 6 samples no pair of order statistics reaches 95%, and the interval is
/// the whole range. Charts draw it as the band around the median line.
/// </summary>
public static class MedianInterval
{
    /// <summary>The (low, high) interval of the median of <paramref name="sorted"/> (ascending, non-empty) at <paramref name="confidence"/>.</summary>
    public static (double Low, double High) Of(ReadOnlySpan<double> sorted, double confidence = 0.95)
    {
        var n = sorted.Length;
        var k = LowerRank(n, confidence);
        return (sorted[k], sorted[n - 1 - k]);
    }

    /// <summary>
    /// <see cref="Of"/> of <paramref name="samples"/> in any order, without sorting them: one pass keeps the k + 1
    /// smallest and the k + 1 largest in two small buffers (a trend point's 10 samples need k = 1). False, with nothing
    /// computed, where the result could differ from sorting's by even a bit: with a NaN (a sort puts it first), with a
    /// zero (-0.0 and 0.0 compare equal, so which of them a sort leaves at a rank depends on its algorithm; any other
    /// two equal doubles are the same bits), and when k is deeper than the buffers.
    /// </summary>
    public static bool TryOfUnsorted(ReadOnlySpan<double> samples, out double low, out double high, double confidence = 0.95)
    {
        (low, high) = (0, 0);
        var n = samples.Length;
        if (n == 0)
        {
            return false;
        }

        var k = LowerRank(n, confidence);
        if (k == 1)
        {
            return TrySecondFromEachEnd(samples, out low, out high);
        }

        if (k >= MaxUnsortedRank)
        {
            return false;
        }

        Span<double> smallest = stackalloc double[k + 1]; // ascending
        Span<double> largest = stackalloc double[k + 1]; // descending
        var kept = 0;
        foreach (var x in samples)
        {
            if (x == 0 || double.IsNaN(x))
            {
                return false;
            }

            if (kept <= k)
            {
                Insert(smallest, kept, x, ascending: true);
                Insert(largest, kept, x, ascending: false);
                kept++;
                continue;
            }

            if (x < smallest[k])
            {
                Insert(smallest, k, x, ascending: true);
            }

            if (x > largest[k])
            {
                Insert(largest, k, x, ascending: false);
            }
        }

        (low, high) = (smallest[k], largest[k]);
        return true;
    }

    /// <summary>
    /// k = 1 (n of 10 to 16, every trend point of a 10-sample harness): the second smallest and the second largest,
    /// held in four locals, with no buffers and no branches in the loop (random samples made its comparisons
    /// mispredict, and this runs once per trend point). The same refusals as <see cref="TryOfUnsorted"/>; the
    /// processor's own min and max are exact here because they differ from IEEE's only on a NaN or a signed zero,
    /// both refused.
    /// </summary>
    private static bool TrySecondFromEachEnd(ReadOnlySpan<double> samples, out double low, out double high)
    {
        var (min, second) = (double.PositiveInfinity, double.PositiveInfinity);
        var (max, secondMax) = (double.NegativeInfinity, double.NegativeInfinity);
        var refused = false;
        foreach (var x in samples)
        {
            refused |= x == 0 | double.IsNaN(x);
            second = double.MinNative(second, double.MaxNative(min, x));
            min = double.MinNative(min, x);
            secondMax = double.MaxNative(secondMax, double.MinNative(max, x));
            max = double.MaxNative(max, x);
        }

        (low, high) = refused ? (0, 0) : (second, secondMax);
        return !refused;
    }

    /// <summary>The deepest rank <see cref="TryOfUnsorted"/> keeps buffers for (k = 7 is n of about 20).</summary>
    private const int MaxUnsortedRank = 8;

    /// <summary>Inserts <paramref name="x"/> into the first <paramref name="count"/> of <paramref name="buffer"/>, kept in order, overwriting position count.</summary>
    private static void Insert(Span<double> buffer, int count, double x, bool ascending)
    {
        var j = count;
        while (j > 0 && (ascending ? buffer[j - 1] > x : buffer[j - 1] < x))
        {
            buffer[j] = buffer[j - 1];
            j--;
        }

        buffer[j] = x;
    }

    /// <summary>
    /// The largest 0-based rank k whose interval [x(k), x(n-1-k)] covers the median at least at
    /// <paramref name="confidence"/>: it misses when B, the count of samples below the median (binomial(n, 1/2)),
    /// is at most k or at least n - k, so 2 P(B &lt;= k) must stay within 1 - confidence. 0 when no k does.
    /// </summary>
    public static int LowerRank(int n, double confidence = 0.95)
    {
        // Every trend point asks for the same few n at 95%: 600,000 points at 200 x 3,000.
        if (confidence == DefaultConfidence && n < RanksAt95.Length)
        {
            var known = RanksAt95[n];
            if (known > 0)
            {
                return known - 1;
            }

            var rank = ComputeLowerRank(n, confidence);
            RanksAt95[n] = rank + 1; // an int write: racing threads store the same value
            return rank;
        }

        return ComputeLowerRank(n, confidence);
    }

    private const double DefaultConfidence = 0.95;

    /// <summary>LowerRank(n, 0.95) + 1 by n, 0 until first asked.</summary>
    private static readonly int[] RanksAt95 = new int[4096];

    private static int ComputeLowerRank(int n, double confidence)
    {
        if (n < 2)
        {
            return 0;
        }

        // Tail mass P(B <= k) grows with k; the interval [x(k), x(n-1-k)] misses with probability 2 P(B <= k).
        var alpha = 1 - confidence;
        var logHalfN = n * Math.Log(0.5);
        double tail = 0;
        var logChoose = 0.0;
        var best = 0; // no k covers: the whole range
        for (var k = 0; k < n / 2; k++)
        {
            if (k > 0)
            {
                logChoose += Math.Log(n - k + 1) - Math.Log(k);
            }

            tail += Math.Exp(logChoose + logHalfN);
            if (2 * tail > alpha)
            {
                break;
            }

            best = k;
        }

        return best;
    }
}
