using StaticBench.Importers.Reading;
using StaticBench.Schema.Model;

namespace StaticBench.Importers.Tests.Reading;

public sealed class BenchmarkNameTests
{
    // name as written by a harness → benchmark | parameters as the series key prints them
    [Theory]
    [InlineData("BM_Sort/1024", "BM_Sort", "arg0=1024")]
    [InlineData("BM_Sort/8/512", "BM_Sort", "arg0=8,arg1=512")]
    [InlineData("BM_Copy/len:1024/threads:2", "BM_Copy", "len=1024,threads=2")]
    [InlineData("Benchmark/size=8", "Benchmark", "size=8")]
    [InlineData("N=10&Kind=hex", "N=10&Kind=hex", "Kind=hex,N=10")]
    [InlineData("parse/big/n=1,fast=true", "parse/big", "fast=true,n=1")]
    [InlineData("sleep 0.01", "sleep 0.01", "")]
    [InlineData("2024", "2024", "")]
    [InlineData("a=b c", "a=b c", "")]
    [InlineData("sort#size=100", "sort#size=100", "")]
    [InlineData("tests::bench_fib_20", "tests::bench_fib_20", "")]
    public void Parameters_written_into_names_are_taken_out(string name, string benchmark, string parameters)
    {
        var parsed = BenchmarkName.Parse(name);

        parsed.Benchmark.ShouldBe(benchmark);
        SeriesKey.FormatParameters(parsed.Parameters).ShouldBe(parameters);
    }

    [Fact]
    public void Values_are_typed_numbers_booleans_or_text()
    {
        BenchmarkName.Value("1e3").ShouldBe(ParameterValue.Of(1000));
        BenchmarkName.Value("true").ShouldBe(ParameterValue.Of(true));
        BenchmarkName.Value("'hex'").ShouldBe(ParameterValue.Of("'hex'"));
    }
}
