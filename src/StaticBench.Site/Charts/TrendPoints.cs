namespace StaticBench.Site.Charts;

/// <summary>
/// A <see cref="TrendImageLine"/> ready for plotting: drawable points only, in time order, thinned,
/// x as OLE dates (ScottPlot's date axis), y as log10 on a log axis.
/// </summary>
internal sealed record TrendPoints(string Name, double[] X, double[] Median, double[] Low, double[] High)
{
    public static TrendPoints Prepare(TrendImageLine line, bool logY, int maxPoints)
    {
        var count = line.Times.Count;
        if (line.Median.Count != count || line.Low.Count != count || line.High.Count != count)
        {
            throw new ArgumentException($"line '{line.Name}': Times, Median, Low and High must have the same length");
        }

        // Commit dates follow history order only roughly (rebases, clock skew): draw by date.
        var order = Enumerable.Range(0, count)
            .Where(i => double.IsFinite(line.Median[i]) && (!logY || line.Median[i] > 0))
            .OrderBy(i => line.Times[i])
            .ToArray();
        var kept = PointThinning.MinMax(order.Select(i => line.Median[i]).ToArray(), maxPoints).Select(k => order[k]).ToArray();

        double Y(double v) => logY ? Math.Log10(v) : v;
        double Edge(double edge, double median) => double.IsFinite(edge) && (!logY || edge > 0) ? Y(edge) : Y(median);
        return new TrendPoints(
            line.Name,
            kept.Select(i => line.Times[i].UtcDateTime.ToOADate()).ToArray(),
            kept.Select(i => Y(line.Median[i])).ToArray(),
            kept.Select(i => Edge(line.Low[i], line.Median[i])).ToArray(),
            kept.Select(i => Edge(line.High[i], line.Median[i])).ToArray());
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
