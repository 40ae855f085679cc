using StaticBench.Schema.Model;

namespace StaticBench.Importers.Tests.Formats;

public sealed class LibtestImporterTests
{
    [Fact]
    public void Each_bench_line_is_one_sample_with_separators_and_its_throughput()
    {
        var imported = Fixture.Import("libtest", "libtest/bench.txt");

        imported.Single("tests::bench_fib_20", "wall-time").Samples.ShouldBe([32425.28]);
        imported.Single("tests::bench_fib_10", "wall-time").Samples.ShouldBe([255.46]);
        var copy = imported.Single("tests::bench_copy_4k", "throughput");
        (copy.Samples[0], copy.Unit, copy.Better).ShouldBe((4096000.0, "MB/s", Better.Higher));
    }
}
