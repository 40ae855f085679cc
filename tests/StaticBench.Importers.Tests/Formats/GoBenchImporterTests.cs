using StaticBench.Schema.Model;

namespace StaticBench.Importers.Tests.Formats;

public sealed class GoBenchImporterTests
{
    [Fact]
    public void Each_count_line_is_a_sample_and_sub_benchmark_keys_are_parameters()
    {
        // Given go test -bench -benchmem -count 3 text output
        var imported = Fixture.Import("go", "go/bench.txt");

        // Then BenchmarkSort/size=64-2 is benchmark Sort with size=64 and procs=2, three samples of ns/op
        var sort = imported.Single("Sort", "wall-time", "procs=2,size=64");
        sort.Samples.ShouldBe([4732, 4644, 3868]);
        imported.Single("Sort", "allocated-bytes", "procs=2,size=1024").Samples.ShouldBe([28, 28, 28]);
        imported.Single("Sort", "allocations", "procs=2,size=64").Unit.ShouldBe("count");
        imported.Single("Sort", "elems/op", "procs=2,size=1024").Samples.ShouldBe([1024, 1024, 1024]);
        var throughput = imported.Single("Alloc", "throughput", "procs=2");
        throughput.Better.ShouldBe(Better.Higher);
        throughput.Samples[0].ShouldBe(969238.05);
        imported.Single("Alloc", "wall-time", "procs=2").Samples[0].ShouldBe(1.056);
    }

    [Fact]
    public void Allocation_counts_and_bytes_are_exact_and_timings_are_not()
    {
        var imported = Fixture.Import("go", "go/bench.txt");

        imported.Single("Sort", "allocated-bytes", "procs=2,size=64").Exact.ShouldBe(true);
        imported.Single("Sort", "allocations", "procs=2,size=64").Exact.ShouldBe(true);
        imported.Single("Sort", "wall-time", "procs=2,size=64").Exact.ShouldBeNull();
        imported.Single("Sort", "elems/op", "procs=2,size=64").Exact.ShouldBeNull();
    }

    [Fact]
    public void Test2json_events_give_the_same_series_as_text()
    {
        var json = Fixture.Import("go", "go/bench.jsonl");

        json.Single("Sort", "wall-time", "procs=2,size=64").Samples.Count.ShouldBe(2);
        json.Results.Select(r => SeriesKey.Of("m", r)).ShouldBe(Fixture.Import("go", "go/bench.txt").Results.Select(r => SeriesKey.Of("m", r)));
    }
}
