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
}
