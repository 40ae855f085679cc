namespace StaticBench.Importers.Tests.Formats;

public sealed class VitestImporterTests
{
    [Fact]
    public void Each_bench_is_named_by_its_group_with_parameters_and_its_median_in_nanoseconds()
    {
        var imported = Fixture.Import("vitest", "vitest/bench.json");

        var small = imported.Single("sort.bench.mjs > sort", "wall-time", "size=100");
        small.Samples.ShouldBe([0.017114999999989777 * 1e6], tolerance: 1e-6);
        imported.Single("sort.bench.mjs > sort", "wall-time", "size=1000").Unit.ShouldBe("ns");
    }
}
