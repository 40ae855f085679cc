using StaticBench.Importers.Reading;
using StaticBench.Schema.Model;

namespace StaticBench.Importers.Tests.Reading;

public sealed class ToolUnitTests
{
    [Theory]
    [InlineData("ns/op", "ns", Better.Lower)]
    [InlineData("ns/iter", "ns", Better.Lower)]
    [InlineData("us", "us", Better.Lower)]
    [InlineData("B/op", "B", Better.Lower)]
    [InlineData("allocs/op", "count", Better.Lower)]
    [InlineData("ops/sec", "ops/s", Better.Higher)]
    [InlineData("Hz", "ops/s", Better.Higher)]
    [InlineData("MB/s", "MB/s", Better.Higher)]
    [InlineData("Megabytes", "MB", Better.Lower)]
    [InlineData("elems/op", "count", Better.Lower)]
    [InlineData("items", "count", Better.Lower)]
    public void Harness_units_are_read_with_their_direction(string written, string unit, Better better) =>
        ToolUnit.Read(written).ShouldBe((unit, better));

    [Theory]
    [InlineData("1,234,567.5", 1234567.5)]
    [InlineData("0.6010", 0.601)]
    [InlineData("1e-3", 0.001)]
    public void Numbers_may_carry_thousands_separators(string text, double value)
    {
        ToolUnit.TryParseNumber(text, out var parsed).ShouldBeTrue();
        parsed.ShouldBe(value);
    }
}
