namespace StaticBench.Site.Charts;

/// <summary>
/// Picks which points of a long line to draw. An image cannot show more than one value per pixel column apart:
/// wherever several points fall in one column, the line is a vertical stroke from their lowest to their highest value.
/// So the x range is cut into at least as many equal columns as the image has pixels across, and each column keeps
/// its lowest and its highest point, in x order: at most two points per column, and every extreme that a pixel
/// can show is kept, whatever the number of points (a one-commit spike survives, and 3,000 or 300,000 points cost
/// the same to draw).
/// </summary>
public static class PointThinning
{
    /// <summary>
    /// The columns of points sorted by <paramref name="x"/> (ascending) over [<paramref name="low"/>, <paramref name="high"/>]
    /// cut into <paramref name="columns"/> equal slices; empty slices are left out, so the result is in x order and
    /// covers every point once. Of equal values the lowest is the first and the highest the last, so a flat run keeps
    /// both its ends (and a flat line its first and last point). NaN values are never picked as extremes.
    /// </summary>
    public static IReadOnlyList<PointColumn> ByColumn(IReadOnlyList<double> x, IReadOnlyList<double> values, double low, double high, int columns)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(columns, 1);
        if (x.Count != values.Count)
        {
            throw new ArgumentException("x and values must have the same length");
        }

        var width = high > low ? (high - low) / columns : 1;
        var result = new List<PointColumn>(Math.Min(x.Count, columns));
        var first = 0;
        while (first < x.Count)
        {
            var column = Column(x[first]);
            var (last, min, max) = (first, first, first);
            while (last + 1 < x.Count && Column(x[last + 1]) == column)
            {
                last++;
                if (double.IsNaN(values[min]) || values[last] < values[min])
                {
                    min = last;
                }

                if (double.IsNaN(values[max]) || values[last] >= values[max])
                {
                    max = last;
                }
            }

            result.Add(new PointColumn(first, last, min, max));
            first = last + 1;
        }

        return result;

        // Points outside [low, high] join the first or last column rather than being dropped.
        int Column(double value) => (int)Math.Clamp(Math.Floor((value - low) / width), 0, columns - 1);
    }
}

/// <summary>One column of points: indexes <see cref="First"/> to <see cref="Last"/>, and where its lowest and highest value are.</summary>
public readonly record struct PointColumn(int First, int Last, int Min, int Max)
{
    /// <summary>The points to draw, in x order: the lowest and the highest (one when they are the same point).</summary>
    public IEnumerable<int> Kept => Min == Max ? [Min] : [Math.Min(Min, Max), Math.Max(Min, Max)];
}
