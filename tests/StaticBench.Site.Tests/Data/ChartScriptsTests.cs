using System.Globalization;
using StaticBench.Site.Data;

namespace StaticBench.Site.Tests.Data;

public class ChartScriptsTests
{
    [Fact]
    public void Band_ends_are_the_values_four_significant_digits_print_as()
    {
        // Given values from a nanosecond to hours, in nanoseconds and seconds alike, and exact decimals
        var random = new Random(4);
        var values = Enumerable.Range(0, 20_000).Select(_ => Math.Exp(random.NextDouble() * 60 - 25))
            .Concat([1, 10, 999.95, 1234.5, 0.0001234, 123_456_789, -2.5e-3, 0]);

        // Then each is the number its four-digit text reads as
        foreach (var value in values)
        {
            ChartScripts.Band(value).ShouldBe(double.Parse(value.ToString("G4", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture), $"{value:R}");
        }

        ChartScripts.Band(double.NaN).ShouldBeNull();
    }
}
