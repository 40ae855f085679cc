using SkiaSharp;
using StaticBench.Site.Charts;

namespace StaticBench.Site.Tests.Charts;

/// <summary>Seeded chart inputs and a look at rendered pixels.</summary>
public static class ChartSpecs
{
    public static readonly DateTimeOffset T0 = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>A line of <paramref name="count"/> commits 5 hours apart around <paramref name="level"/> (±0.5%), whiskers ±3%.</summary>
    public static TrendImageLine Line(string name, int count, double level, int seed = 1, double whisker = 0.03)
    {
        var random = new Random(seed);
        var median = Enumerable.Range(0, count).Select(_ => level * (1 + ((random.NextDouble() - 0.5) * 0.01))).ToArray();
        return new TrendImageLine(
            name,
            Enumerable.Range(0, count).Select(i => T0.AddHours(5 * i)).ToArray(),
            median,
            median.Select(m => m * (1 - whisker)).ToArray(),
            median.Select(m => m * (1 + whisker)).ToArray());
    }

    public static TrendImageSpec Trend(string title, params TrendImageLine[] lines) => new(title, "ns", lines, []);

    /// <summary>Pixels inside <paramref name="area"/> that differ from the background colour.</summary>
    public static int InkIn(byte[] png, SKRectI area, string background)
    {
        using var bitmap = SKBitmap.Decode(png);
        var paper = SKColor.Parse(background);
        var ink = 0;
        for (var y = area.Top; y < area.Bottom; y++)
        {
            for (var x = area.Left; x < area.Right; x++)
            {
                var p = bitmap.GetPixel(x, y);
                if (Math.Abs(p.Red - paper.Red) + Math.Abs(p.Green - paper.Green) + Math.Abs(p.Blue - paper.Blue) > 30)
                {
                    ink++;
                }
            }
        }

        return ink;
    }
}
