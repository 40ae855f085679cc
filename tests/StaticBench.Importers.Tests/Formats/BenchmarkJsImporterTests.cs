using StaticBench.Schema.Model;

namespace StaticBench.Importers.Tests.Formats;

public sealed class BenchmarkJsImporterTests
{
    [Fact]
    public void Each_line_is_a_higher_is_better_rate_with_thousands_separators_read()
    {
        var imported = Fixture.Import("benchmarkjs", "benchmarkjs/output.txt");

        var regexp = imported.Single("RegExp#test", "throughput");
        (regexp.Samples[0], regexp.Unit, regexp.Better).ShouldBe((21617144.0, "ops/s", Better.Higher));
        imported.Single("sort#size=100", "throughput").Samples.ShouldBe([24405]);
    }

    [Fact]
    public void Text_without_a_result_line_is_refused()
    {
        var error = Should.Throw<ImportException>(() => new StaticBench.Importers.Formats.BenchmarkJs.BenchmarkJsImporter().Read([ImportSource.FromText("log.txt", "Fastest is nothing\n")]));

        error.Message.ShouldStartWith("log.txt: line 1: expected lines like");
    }
}
