using ScottPlot;
using SkiaSharp;

namespace StaticBench.Site.Charts;

/// <summary>
/// PNG bytes of a chart, drawn on an opaque surface (every chart paints its background first) so the file holds RGB
/// without an alpha channel.
/// </summary>
/// <remarks>
/// Encoding took as long as drawing, so its settings are measured ones (a 3,000-point trend image, thread CPU):
/// Skia's default tries all five row filters on every row, where "Up" alone gives a file no larger; zlib level 3,
/// the strongest of its fast levels, encodes in half the time of the default level 6 for files about 15% larger
/// (still half the size of anti-aliased drawing at level 6); no alpha channel saves a quarter of the bytes to filter.
/// </remarks>
internal static class PngEncoding
{
    private static readonly SKPngEncoderOptions Options = new(SKPngEncoderFilterFlags.Up, 3);

    /// <summary>A surface of <paramref name="width"/> × <paramref name="height"/> pixels to draw a chart on; paint all of it.</summary>
    public static SKSurface Surface(int width, int height) =>
        SKSurface.Create(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Opaque))
            ?? throw new InvalidOperationException($"Skia could not make a {width} x {height} surface");

    /// <summary>Draws <paramref name="plot"/> at <paramref name="width"/> × <paramref name="height"/> pixels, as ScottPlot's own PNG export does, and encodes it.</summary>
    public static byte[] Of(Plot plot, int width, int height)
    {
        using var surface = Surface(width, height);
        plot.Render(surface.Canvas, width, height);
        return Of(surface);
    }

    public static byte[] Of(SKSurface surface)
    {
        using var image = surface.Snapshot();
        using var pixels = image.PeekPixels();
        using var data = pixels.Encode(Options) ?? throw new InvalidOperationException("Skia could not encode the chart as PNG");
        return data.ToArray();
    }
}
