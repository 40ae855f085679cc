namespace StaticBench.Importers.Tests.Formats;

public sealed class Catch2ImporterTests
{
    [Fact]
    public void Each_benchmark_is_its_mean_under_the_test_case_name()
    {
        var imported = Fixture.Import("catch2", "catch2/v2.xml");

        imported.Single("sorting/sort 256", "wall-time").Samples.ShouldBe([2547.32]);
        imported.Single("sorting/sort 4096", "wall-time").Samples.ShouldBe([403117]);
    }
}
