using ScottPlot;
using ScottPlot.Plottables;
using SkiaSharp;

namespace StaticBench.Site.Charts;

/// <summary>
/// The long lines of a trend image as Skia paths made in one call per line. ScottPlot makes its paths a point at a time
/// (<c>SKPath.LineTo</c>), and each of those calls into Skia cost more than the drawing itself: a 3,000-point chart's line
/// and band are 5,000 calls, most of an image's time. <see cref="SKPath.AddPoly(ReadOnlySpan{SKPoint}, bool)"/> makes the same path (a move, then a line
/// to each further point) from an array, so the image is the same, pixel for pixel.
/// </summary>
internal static class PolylinePaths
{
    /// <summary>
    /// A path through <paramref name="points"/> as ScottPlot's straight lines make it: a point that is not a number ends a
    /// contour, and the next one starts another.
    /// </summary>
    public static SKPath Through(ReadOnlySpan<SKPoint> points)
    {
        var path = new SKPath();
        var start = 0;
        for (var i = 0; i <= points.Length; i++)
        {
            if (i == points.Length || float.IsNaN(points[i].X) || float.IsNaN(points[i].Y))
            {
                if (i > start)
                {
                    path.AddPoly(points[start..i], close: false);
                }

                start = i + 1;
            }
        }

        return path;
    }

    /// <summary>
    /// ScottPlot's <see cref="Scatter"/> as a trend image uses it (straight lines, no fill, no offset or scale), its path made
    /// through <see cref="Through"/>: ScottPlot's own path strategy also reads each point through several layers of views.
    /// </summary>
    public sealed class Line(double[] x, double[] y) : Scatter(new ScottPlot.DataSources.ScatterSourceDoubleArray(x, y))
    {
        public override void Render(RenderPack rp)
        {
            if (x.Length == 0)
            {
                return;
            }

            var points = new SKPoint[x.Length];
            var pixels = new Pixel[x.Length];
            for (var i = 0; i < x.Length; i++)
            {
                pixels[i] = Axes.GetPixel(new Coordinates(x[i], y[i]));
                points[i] = pixels[i].ToSKPoint();
            }

            using var path = Through(points);
            Drawing.DrawLines(rp.Canvas, rp.Paint, path, LineStyle);
            Drawing.DrawMarkers(rp.Canvas, rp.Paint, pixels, MarkerStyle);
        }
    }

    /// <summary>
    /// ScottPlot's <see cref="FillY"/> between <c>low</c> and <c>high</c>, its polygon made through <see cref="Through"/>:
    /// the highs forward, the lows back, and the first high again, as ScottPlot's polygon closes it.
    /// </summary>
    public sealed class Band : FillY
    {
        private readonly double[] _x;
        private readonly double[] _low;
        private readonly double[] _high;

        public Band(double[] x, double[] low, double[] high)
        {
            (_x, _low, _high) = (x, low, high);
            SetDataSource(Enumerable.Range(0, x.Length).Select(i => (x[i], low[i], high[i])).ToArray());
        }

        public override void Render(RenderPack rp)
        {
            var n = _x.Length;
            if (n == 0)
            {
                return;
            }

            var points = new SKPoint[(2 * n) + 1];
            for (var i = 0; i < n; i++)
            {
                points[i] = Axes.GetPixel(new Coordinates(_x[i], _high[i])).ToSKPoint();
                points[(2 * n) - 1 - i] = Axes.GetPixel(new Coordinates(_x[i], _low[i])).ToSKPoint();
            }

            points[2 * n] = points[0];
            var (xMin, xMax, yMin, yMax) = (points[0].X, points[0].X, points[0].Y, points[0].Y);
            foreach (var p in points)
            {
                (xMin, xMax, yMin, yMax) = (Math.Min(xMin, p.X), Math.Max(xMax, p.X), Math.Min(yMin, p.Y), Math.Max(yMax, p.Y));
            }

            using var path = Through(points);
            if (FillStyle.HasValue)
            {
                Drawing.FillPath(rp.Canvas, rp.Paint, path, FillStyle, new PixelRect(xMin, xMax, yMin, yMax));
            }

            if (LineStyle is { IsVisible: true, Width: > 0 } || MarkerStyle.IsVisible)
            {
                var pixels = points.Select(p => new Pixel(p.X, p.Y)).ToArray();
                if (LineStyle is { IsVisible: true, Width: > 0 })
                {
                    Drawing.DrawLines(rp.Canvas, rp.Paint, pixels, LineStyle);
                }

                if (MarkerStyle.IsVisible)
                {
                    Drawing.DrawMarkers(rp.Canvas, rp.Paint, pixels, MarkerStyle);
                }
            }
        }
    }
}
