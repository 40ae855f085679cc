using StaticBench.Schema.Json;
using StaticBench.Schema.Model;
using StaticBench.Schema.Validation;
using StaticBench.Testing;

namespace StaticBench.Schema.Tests.Units;

public class UnitNormalizationTests
{
    [Theory]
    [InlineData("us", 1.5, "ns", 1500)]
    [InlineData("µs", 1.5, "ns", 1500)]
    [InlineData("ms", 2, "ns", 2_000_000)]
    [InlineData("s", 0.25, "ns", 250_000_000)]
    [InlineData("KiB", 2, "bytes", 2048)]
    [InlineData("instructions", 7, "count", 7)]
    [InlineData("ops/s", 9, "ops/s", 9)]
    public void A_series_never_jumps_because_of_the_unit_a_run_wrote(string unit, double value, string expectedUnit, double expected)
    {
        // Given a result written in some unit
        var run = new RunResultBuilder("r").WithResult(new BenchmarkResult
        {
            Benchmark = "b", Phase = "execute", Metric = "m", Unit = unit, Better = Better.Lower, Samples = [value],
        }).Build();

        // When it is read
        var result = ResultReader.Read(ResultJson.Serialize(run), "r.json").Result!.Results[0];

        // Then samples and summary are in the canonical unit
        result.Unit.ShouldBe(expectedUnit);
        result.Samples[0].ShouldBe(expected, tolerance: 1e-9);
        result.Summary!.Median.ShouldBe(expected, tolerance: 1e-9);
    }

    [Fact]
    public void Parameters_compare_by_value_not_by_spelling()
    {
        var a = SeriesKey.FormatParameters(new Dictionary<string, ParameterValue> { ["size"] = ParameterValue.Of(1000), ["mode"] = ParameterValue.Of("x") });
        var b = SeriesKey.FormatParameters(new Dictionary<string, ParameterValue> { ["mode"] = ParameterValue.Of("x"), ["size"] = ParameterValue.Of(1000.0) });

        a.ShouldBe(b);
        a.ShouldBe("mode=x,size=1000");
    }
}
