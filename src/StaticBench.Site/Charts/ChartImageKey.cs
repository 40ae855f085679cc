using StaticBench.Site.Output;

namespace StaticBench.Site.Charts;

/// <summary>
/// A content key for chart images, so a build renders an image only when its data changed: equal
/// keys mean the renderer would produce the same bytes. Keep the key of each image (in a cache
/// file, or in the image's file name) and skip the render when it matches.
/// </summary>
/// <remarks>
/// The key covers every field of the spec and the renderer itself: the identity of this assembly's
/// build (its module version id, which changes whenever the Site code does under deterministic
/// builds) and ScottPlot's version. A code change therefore re-renders everything once, instead of
/// relying on someone to bump a version constant.
/// </remarks>
public static class ChartImageKey
{
    private static readonly string ScottPlotVersion = $"{typeof(ScottPlot.Plot).Assembly.GetName().Version}";

    /// <summary>32 hex digits identifying the image <see cref="TrendImage"/> renders from <paramref name="spec"/>.</summary>
    public static string Of(TrendImageSpec spec)
    {
        var key = new ContentKeyWriter("trend").Add(ScottPlotVersion);
        key.Add(spec.Title).Add(spec.Unit).Add(spec.Width).Add(spec.Height).Add(spec.Dark ? 1 : 0).Add(spec.LogY ? 1 : 0);
        key.Add(spec.Lines.Count);
        foreach (var line in spec.Lines)
        {
            // Column by column, each after its length, so the points go in as blocks.
            var count = line.Times.Count;
            var ticks = System.Buffers.ArrayPool<long>.Shared.Rent(count);
            for (var i = 0; i < count; i++)
            {
                ticks[i] = line.Times[i].UtcTicks;
            }

            key.Add(line.Name).Add(ticks.AsSpan(0, count)).Add(Values(line.Median)).Add(Values(line.Low)).Add(Values(line.High));
            System.Buffers.ArrayPool<long>.Shared.Return(ticks);
        }

        key.Add(spec.Markers.Count);
        foreach (var marker in spec.Markers)
        {
            key.Add(marker.Time.UtcTicks).Add(marker.IsRegression ? 1 : 0).Add(marker.Acknowledged ? 1 : 0);
        }

        return key.Finish();
    }

    /// <summary>32 hex digits identifying the card <see cref="TrendCard"/> renders from <paramref name="spec"/>.</summary>
    public static string Of(TrendCardSpec spec)
    {
        var key = new ContentKeyWriter("card").Add(ScottPlotVersion);
        key.Add(spec.Name).Add(spec.Detail).Add(spec.Unit).Add((int)spec.Status.State).Add(spec.Status.Change ?? double.NaN);
        key.Add(spec.Width).Add(spec.Height).Add(spec.Dark ? 1 : 0);
        key.Add(Values(spec.Values));
        return key.Finish();
    }

    private static ReadOnlySpan<double> Values(IReadOnlyList<double> values) => values switch
    {
        double[] array => array,
        ArraySegment<double> segment => segment,
        _ => values.ToArray(),
    };

    /// <summary>32 hex digits identifying the plot <see cref="ScalingImage"/> renders from <paramref name="spec"/>.</summary>
    public static string Of(ScalingImageSpec spec)
    {
        var key = new ContentKeyWriter("scaling").Add(ScottPlotVersion);
        key.Add(spec.Title).Add(spec.Unit).Add(spec.Parameter).Add(spec.Width).Add(spec.Height).Add(spec.Dark ? 1 : 0);
        key.Add(spec.Lines.Count);
        foreach (var line in spec.Lines)
        {
            key.Add(line.Name).Add(line.Colour).Add(line.FitAtSmallest).Add(line.FitAtLargest).Add(line.Sizes.Count);
            for (var i = 0; i < line.Sizes.Count; i++)
            {
                key.Add(line.Sizes[i]).Add(line.Costs[i]);
            }
        }

        key.Add(spec.References.Count);
        foreach (var reference in spec.References)
        {
            key.Add(reference.Name).Add(reference.Sizes.Count);
            for (var i = 0; i < reference.Sizes.Count; i++)
            {
                key.Add(reference.Sizes[i]).Add(reference.Costs[i]);
            }
        }

        return key.Finish();
    }
}
