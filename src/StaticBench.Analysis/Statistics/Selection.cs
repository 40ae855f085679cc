namespace StaticBench.Analysis.Statistics;

/// <summary>
/// Order statistics without sorting: quickselect (median-of-three pivots, falling back to a sort when a partition
/// goes badly), so a median of n values costs O(n) instead of O(n log n). The values it returns are exactly the
/// ones a sort would put at those positions, so results do not change; the order of the rest does.
/// </summary>
public static class Selection
{
    /// <summary>The median of <paramref name="values"/> (the middle value, or the mean of the two middle ones), reordering them; NaN when empty.</summary>
    public static double MedianInPlace(Span<double> values)
    {
        var n = values.Length;
        if (n == 0)
        {
            return double.NaN;
        }

        var mid = n / 2;
        var upper = Select(values, mid);
        if (n % 2 == 1)
        {
            return upper;
        }

        // After selecting position mid, everything before it is no larger: the one below is their maximum.
        var lower = values[0];
        for (var i = 1; i < mid; i++)
        {
            lower = Math.Max(lower, values[i]);
        }

        return (lower + upper) / 2;
    }

    /// <summary>
    /// Puts the k-th smallest value (0-based) of <paramref name="values"/> at position <paramref name="k"/>, no larger
    /// values before it and no smaller ones after, and returns it.
    /// </summary>
    public static double Select(Span<double> values, int k)
    {
        var (left, right) = (0, values.Length - 1);
        var budget = 2 * (int)Math.Log2(values.Length + 1) + 8;
        while (right > left)
        {
            if (--budget < 0)
            {
                // Too many poor pivots (adversarial input): finish this part with a sort.
                values[left..(right + 1)].Sort();
                return values[k];
            }

            var pivot = MedianOfThree(values[left], values[left + ((right - left) / 2)], values[right]);
            var (i, j) = (left, right);
            while (i <= j)
            {
                while (values[i] < pivot)
                {
                    i++;
                }

                while (values[j] > pivot)
                {
                    j--;
                }

                if (i <= j)
                {
                    (values[i], values[j]) = (values[j], values[i]);
                    i++;
                    j--;
                }
            }

            if (k <= j)
            {
                right = j;
            }
            else if (k >= i)
            {
                left = i;
            }
            else
            {
                return values[k];
            }
        }

        return values[k];
    }

    private static double MedianOfThree(double a, double b, double c) =>
        a < b ? (b < c ? b : Math.Max(a, c)) : (a < c ? a : Math.Max(b, c));
}
