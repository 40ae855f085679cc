namespace StaticBench.Site.Charts;

/// <summary>
/// A <see cref="TrendImageLine"/> ready for plotting: drawable points only, in time order, x as OLE dates (ScottPlot's
/// date axis), y as log10 on a log axis; <see cref="Thin"/> then cuts it to what the image's pixels can show.
/// </summary>
/// <param name="Name">The legend text.</param>
/// <param name="X">Dates as OLE dates, ascending.</param>
/// <param name="Median">The line.</param>
/// <param name="Low">The band's lower edge.</param>
/// <param name="High">The band's upper edge.</param>
/// <param name="Dense">More points than pixel columns: drawn as a vertical stroke per column (<see cref="Thin"/>).</param>
internal sealed record TrendPoints(string Name, double[] X, double[] Median, double[] Low, double[] High, bool Dense = false)
{
    public static TrendPoints Prepare(TrendImageLine line, bool logY)
    {
        var count = line.Times.Count;
        if (line.Median.Count != count || line.Low.Count != count || line.High.Count != count)
        {
            throw new ArgumentException($"line '{line.Name}': Times, Median, Low and High must have the same length");
        }

        // Commit dates follow history order only roughly (rebases, clock skew): draw by date. Mostly they are already in
        // order, and then the sort is skipped (the stable sort below keeps the same order anyway).
        var order = new int[count];
        var kept = 0;
        var sorted = true;
        for (var i = 0; i < count; i++)
        {
            if (double.IsFinite(line.Median[i]) && (!logY || line.Median[i] > 0))
            {
                sorted = sorted && (kept == 0 || line.Times[order[kept - 1]] <= line.Times[i]);
                order[kept++] = i;
            }
        }

        order = sorted ? order[..kept] : order[..kept].OrderBy(i => line.Times[i]).ToArray();

        double Y(double v) => logY ? Math.Log10(v) : v;
        double Edge(double edge, double median) => double.IsFinite(edge) && (!logY || edge > 0) ? Y(edge) : Y(median);
        var (x, median, low, high) = (new double[kept], new double[kept], new double[kept], new double[kept]);
        for (var k = 0; k < kept; k++)
        {
            var i = order[k];
            (x[k], median[k], low[k], high[k]) = (line.Times[i].UtcDateTime.ToOADate(), Y(line.Median[i]), Edge(line.Low[i], line.Median[i]), Edge(line.High[i], line.Median[i]));
        }

        return new TrendPoints(line.Name, x, median, low, high);
    }

    /// <summary>
    /// The points a <paramref name="columns"/>-pixel-wide plot of [<paramref name="xLow"/>, <paramref name="xHigh"/>] can
    /// show (<see cref="PointThinning"/>): of each column the lowest and highest median, each with the band of the whole
    /// column (its lowest low and highest high), so neither the line's nor the band's extremes are lost.
    /// </summary>
    public TrendPoints Thin(double xLow, double xHigh, int columns)
    {
        var kept = PointThinning.ByColumn(X, Median, xLow, xHigh, columns);
        var count = kept.Sum(c => c.Kept.Count());
        var (x, median, low, high) = (new double[count], new double[count], new double[count], new double[count]);
        var at = 0;
        foreach (var column in kept)
        {
            var (bandLow, bandHigh) = (double.PositiveInfinity, double.NegativeInfinity);
            for (var i = column.First; i <= column.Last; i++)
            {
                bandLow = Math.Min(bandLow, Low[i]);
                bandHigh = Math.Max(bandHigh, High[i]);
            }

            foreach (var i in column.Kept)
            {
                (x[at], median[at], low[at], high[at]) = (X[i], Median[i], bandLow, bandHigh);
                at++;
            }
        }

        return new TrendPoints(Name, x, median, low, high, Dense: X.Length > columns);
    }

    /// <summary>The dates of all lines with 2% to spare on each side (a day each way for a single date).</summary>
    public static (double Low, double High) XRange(IReadOnlyList<TrendPoints> lines)
    {
        var xs = lines.SelectMany(l => l.X).ToArray();
        if (xs.Length == 0)
        {
            var epoch = new DateTime(2000, 1, 1).ToOADate();
            return (epoch, epoch + 1);
        }

        var (low, high) = (xs.Min(), xs.Max());
        var pad = high > low ? (high - low) * 0.02 : 1;
        return (low - pad, high + pad);
    }

    /// <summary>
    /// The medians' range with 8% to spare on each side, ignoring the bands: whiskers reaching far
    /// out would otherwise crowd every line into a third of the plot.
    /// </summary>
    public static (double Low, double High) YRange(IReadOnlyList<TrendPoints> lines, bool logY)
    {
        var ys = lines.SelectMany(l => l.Median).ToArray();
        if (ys.Length == 0)
        {
            return (0, 1);
        }

        var (low, high) = (ys.Min(), ys.Max());
        var pad = high > low ? (high - low) * 0.08
            : logY ? 0.05
            : low != 0 ? Math.Abs(low) * 0.05
            : 1;
        return (low - pad, high + pad);
    }
}
