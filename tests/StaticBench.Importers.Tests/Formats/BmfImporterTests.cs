using StaticBench.Schema.Model;

namespace StaticBench.Importers.Tests.Formats;

public sealed class BmfImporterTests
{
    [Fact]
    public void Each_measure_is_one_value_and_the_bounds_are_dropped()
    {
        var imported = Fixture.Import("bmf", "bmf/report.json");

        imported.Single("benchmark_name", "wall-time").Samples.ShouldBe([88.0]);
        var throughput = imported.Single("parse", "throughput", "size=8");
        (throughput.Unit, throughput.Better).ShouldBe(("ops/s", Better.Higher));
        imported.Single("parse", "file-size", "size=8").Unit.ShouldBe("bytes");
    }

    [Fact]
    public void File_sizes_and_counts_are_exact_and_latency_is_not()
    {
        var imported = Fixture.Import("bmf", "bmf/report.json");

        imported.Single("parse", "file-size", "size=8").Exact.ShouldBe(true);
        imported.Single("benchmark_name", "wall-time").Exact.ShouldBeNull();
        imported.Single("parse", "throughput", "size=8").Exact.ShouldBeNull();

        // Bencher's Iai/Callgrind measures are simulator counts (an inline report of that shape)
        var counts = ImporterRegistry.Default.Find("bmf").Read([ImportSource.FromText("iai.json", """{"fib": {"instructions": {"value": 1234}, "estimated-cycles": {"value": 2000}}}""")]);
        counts.Results.ShouldAllBe(r => r.Exact == true);
    }
}
