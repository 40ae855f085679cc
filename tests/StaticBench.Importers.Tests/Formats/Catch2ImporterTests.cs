namespace StaticBench.Importers.Tests.Formats;

public sealed class Catch2ImporterTests
{
    [Fact]
    public void Each_benchmark_is_its_mean_under_the_test_case_name()
    {
        var imported = Fixture.Import("catch2", "catch2/v2.xml");

        imported.Single("sorting/sort 256", "wall-time").Samples.ShouldBe([2547.32]);
        imported.Single("sorting/sort 4096", "wall-time").Samples.ShouldBe([403117]);
        imported.Harness.Version.ShouldBe("2");
    }

    [Fact]
    public void The_v3_reporter_reads_like_v2_and_names_its_version()
    {
        // Given the same benchmark under Catch2 3.7.1, whose XML has another root (Catch2TestRun, no Group)
        var imported = Fixture.Import("catch2", "catch2/v3.xml");

        // Then it gives the same series, and the harness version is the one the file names
        imported.Results.Select(r => r.Benchmark).ShouldBe(["sorting/sort 256", "sorting/sort 4096"]);
        imported.Single("sorting/sort 256", "wall-time").Samples.ShouldBe([1970.02]);
        imported.Single("sorting/sort 4096", "wall-time").Samples.ShouldBe([69863.8]);
        (imported.Results[0].Unit, imported.Harness.Version).ShouldBe(("ns", "3.7.1"));
    }

    [Theory]
    [InlineData("catch2/sections-v2.xml", 1006.05, 849.893)]
    [InlineData("catch2/sections-v3.xml", 13956.4, 864.408)]
    public void Sections_name_their_benchmarks_and_a_failed_benchmark_is_skipped_with_its_message(string file, double vector, double reversed)
    {
        // Given one test case running a benchmark named "fill 1024" in two sections, and one that throws
        var imported = Fixture.Import("catch2", file);

        // Then the two sections are two series, each with its own mean
        imported.Single("containers/vector/fill 1024", "wall-time").Samples.ShouldBe([vector]);
        imported.Single("containers/reversed vector/fill 1024", "wall-time").Samples.ShouldBe([reversed]);
        imported.Results.Count.ShouldBe(2);

        // And the failed benchmark is skipped, once per run of the test case, saying why
        imported.Skipped.Select(s => s.Reason).Distinct().ShouldBe(["containers/throws: the benchmark failed: no such input"]);
        imported.Skipped.Count.ShouldBe(2);
    }
}
