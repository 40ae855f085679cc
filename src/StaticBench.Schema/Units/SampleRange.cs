namespace StaticBench.Schema.Units;

/// <summary>
/// The values a sample or summary may hold once converted to its canonical unit: 0, or a magnitude from
/// 1e-100 to 1e100. Anything the statistics do with such values (squares, sums of millions, ratios of
/// two) stays finite; <c>1e300 s</c> would become infinity in nanoseconds, and infinity cannot be
/// written to the site's JSON. No real measurement comes near either bound.
/// </summary>
public static class SampleRange
{
    public const double Smallest = 1e-100;

    public const double Largest = 1e100;

    public static bool Contains(double value)
    {
        var magnitude = Math.Abs(value);
        return magnitude == 0 || (magnitude >= Smallest && magnitude <= Largest);
    }
}
