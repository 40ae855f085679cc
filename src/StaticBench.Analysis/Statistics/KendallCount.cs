namespace StaticBench.Analysis.Statistics;

/// <summary>
/// Mann-Kendall's S = Σ sign(x[j] − x[i]) over i &lt; j of finite values in O(n log n) instead of O(n²): S is
/// (pairs) − (tied pairs) − 2 × (strict inversions), the inversions counted by a merge sort and the ties from
/// the sorted values. For finite doubles x[j] − x[i] is 0 exactly when they are equal and has the sign of their
/// order, so this is the same integer the pairwise loop sums.
/// </summary>
internal static class KendallCount
{
    public static double S(ReadOnlySpan<double> x)
    {
        var n = x.Length;
        var values = x.ToArray();
        var scratch = new double[n];
        var inversions = SortCounting(values, scratch, 0, n);
        long ties = 0;
        for (var i = 0; i < n;)
        {
            var j = i + 1;
            while (j < n && values[j] == values[i])
            {
                j++;
            }

            ties += (long)(j - i) * (j - i - 1) / 2;
            i = j;
        }

        return (double)((long)n * (n - 1) / 2 - ties - 2 * inversions);
    }

    /// <summary>Sorts values[from..to) and returns how many pairs i &lt; j in it had values[i] &gt; values[j].</summary>
    private static long SortCounting(double[] values, double[] scratch, int from, int to)
    {
        if (to - from < 2)
        {
            return 0;
        }

        var mid = (from + to) / 2;
        var count = SortCounting(values, scratch, from, mid) + SortCounting(values, scratch, mid, to);
        int a = from, b = mid, k = from;
        while (a < mid && b < to)
        {
            if (values[a] <= values[b])
            {
                scratch[k++] = values[a++];
            }
            else
            {
                count += mid - a; // every left value still waiting is greater than this right one
                scratch[k++] = values[b++];
            }
        }

        while (a < mid)
        {
            scratch[k++] = values[a++];
        }

        while (b < to)
        {
            scratch[k++] = values[b++];
        }

        Array.Copy(scratch, from, values, from, to - from);
        return count;
    }
}
