namespace StaticBench.Analysis.Series;

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
