namespace StaticBench.Site.Charts;

/// <summary>
/// Picks which points of a long line to draw: an image 800 pixels wide cannot show 3,000 points
/// apart, and drawing them costs most of a render. The line is cut into equal runs of points and
/// each run keeps its lowest and its highest value, in their original order, so a one-commit spike
/// survives the cut; the first and last points are always kept.
/// </summary>
public static class PointThinning
{
    /// <summary>
    /// The indices (ascending) of the points of <paramref name="values"/> to keep, at most
    /// <paramref name="max"/> of them (at least 4 are allowed); all of them when there are no more
    /// than that. NaN values are never picked as extremes.
    /// </summary>
    public static int[] MinMax(IReadOnlyList<double> values, int max)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 4);
        var count = values.Count;
        if (count <= max)
        {
            return Enumerable.Range(0, count).ToArray();
        }

        // The first and last points take two of the slots; each bucket of the inner points takes two.
        var buckets = (max - 2) / 2;
        var inner = count - 2;
        var kept = new List<int>(max) { 0 };
        for (var b = 0; b < buckets; b++)
        {
            var from = 1 + (int)((long)inner * b / buckets);
            var to = 1 + (int)((long)inner * (b + 1) / buckets);
            var (low, high) = (-1, -1);
            for (var i = from; i < to; i++)
            {
                if (double.IsNaN(values[i]))
                {
                    continue;
                }

                if (low < 0 || values[i] < values[low])
                {
                    low = i;
                }

                if (high < 0 || values[i] > values[high])
                {
                    high = i;
                }
            }

            if (low >= 0)
            {
                kept.Add(Math.Min(low, high));
                if (high != low)
                {
                    kept.Add(Math.Max(low, high));
                }
            }
        }

        kept.Add(count - 1);
        return [.. kept];
    }
}
