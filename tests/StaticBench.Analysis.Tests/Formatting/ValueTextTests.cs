using StaticBench.Analysis.Formatting;

namespace StaticBench.Analysis.Tests.Formatting;

public class ValueTextTests
{
    [Theory]
    [InlineData(1_013_100, "ns", "1.01 ms")]
    [InlineData(1536, "bytes", "1.5 KiB")]
    [InlineData(2_730_019, "count", "2,730,019")]
    [InlineData(double.NaN, "ns", "")]
    public void Quantities_read_as_people_write_them_issue_14(double value, string unit, string shown) =>
        ValueText.Quantity(value, unit).ShouldBe(shown);

    [Theory]
    [InlineData(0, "< 0.0001")]
    [InlineData(0.00003, "< 0.0001")]
    [InlineData(0.0123, "0.0123")]
    [InlineData(1, "1")]
    public void A_p_value_is_never_a_bare_zero_issue_14(double p, string shown) => ValueText.PValue(p).ShouldBe(shown);

    [Theory]
    [InlineData(0.0123, "+1.23%")]
    [InlineData(-0.2, "-20.0%")]
    [InlineData(0.00005, "+0.005%")]
    public void Changes_keep_the_digits_a_small_exact_change_needs(double fraction, string shown) =>
        ValueText.Percent(fraction).ShouldBe(shown);
}
