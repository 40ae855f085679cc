using StaticBench.Site.Formatting;

namespace StaticBench.Site.Tests.Formatting;

public class ValueFormatterTests
{
    [Theory]
    [InlineData(1_234_567, "ns", "1.23 ms")]
    [InlineData(999, "ns", "999 ns")]
    [InlineData(12_500, "ns", "12.5 µs")]
    [InlineData(3e9, "ns", "3 s")]
    [InlineData(1_572_864, "bytes", "1.5 MiB")]
    [InlineData(512, "bytes", "512 B")]
    [InlineData(2048, "bytes", "2 KiB")]
    [InlineData(1_234_567, "count", "1,234,567")]
    [InlineData(42, "count", "42")]
    [InlineData(1234.5, "ops/s", "1235 ops/s")]
    [InlineData(0.5, "%", "0.5 %")]
    public void Formats_values_by_unit(double value, string unit, string expected) =>
        ValueFormatter.Format(value, unit).ShouldBe(expected);

    [Theory]
    [InlineData(16_384, "16.4k")]
    [InlineData(1e6, "1M")]
    [InlineData(2.5e9, "2.5G")]
    [InlineData(512, "512")]
    [InlineData(10_000, "10k")]
    public void Formats_unitless_axis_values_compactly_not_as_1E_04(double value, string expected) =>
        ValueFormatter.Compact(value).ShouldBe(expected);

    [Theory]
    [InlineData(0.031, "+3.1%")]
    [InlineData(-0.2, "-20.0%")]
    [InlineData(0, "+0.0%")]
    public void Formats_ratios_with_a_sign(double ratio, string expected) =>
        ValueFormatter.Ratio(ratio).ShouldBe(expected);

    [Theory]
    [InlineData(new[] { 980_000.0, 990_000, 1_000_000, 1_010_000 }, "ns", new[] { "0.98 ms", "0.99 ms", "1.00 ms", "1.01 ms" })]
    [InlineData(new[] { 1_000_000.0, 1_002_000, 1_004_000 }, "ns", new[] { "1.000 ms", "1.002 ms", "1.004 ms" })]
    [InlineData(new[] { 2048.0, 2150.4, 2252.8 }, "bytes", new[] { "2.0 KiB", "2.1 KiB", "2.2 KiB" })]
    [InlineData(new[] { 1_000_000.0, 1_500_000, 2_000_000 }, "count", new[] { "1,000,000", "1,500,000", "2,000,000" })]
    [InlineData(new[] { 0.5, 1.0, 1.5 }, "ops/s", new[] { "0.5 ops/s", "1.0 ops/s", "1.5 ops/s" })]
    public void Axis_ticks_share_one_scale_and_enough_decimals_to_tell_neighbours_apart(double[] ticks, string unit, string[] expected) =>
        ValueFormatter.Ticks(ticks, unit).ShouldBe(expected);
}
