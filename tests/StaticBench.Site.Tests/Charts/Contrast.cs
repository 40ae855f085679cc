using System.Globalization;

namespace StaticBench.Site.Tests.Charts;

/// <summary>WCAG 2.x contrast ratio between two <c>#rrggbb</c> colours: (L1 + 0.05) / (L2 + 0.05) of relative luminances.</summary>
public static class Contrast
{
    public static double Ratio(string a, string b)
    {
        var (la, lb) = (Luminance(a), Luminance(b));
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }

    public static double Luminance(string hex)
    {
        hex.ShouldMatch("^#[0-9a-fA-F]{6}$");
        double Channel(int at)
        {
            var c = int.Parse(hex.AsSpan(at, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
            return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }

        return (0.2126 * Channel(1)) + (0.7152 * Channel(3)) + (0.0722 * Channel(5));
    }
}
